package org.wanqi.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.security.SystemTasks;
import org.wanqi.visit.VisitLogged;
import org.wanqi.visit.VisitService;

/**
 * Keeps the visit rollups ({@link MonthDocs#VISITS}): each new visit adds itself to its day's cell
 * (its type and campaign) in its unit's month, and its enterprise to the month's enterprises checked
 * — days in the business time zone; {@link #rebuild()} recounts everything from the stored visits.
 * At start they are rebuilt when they do not add up to the visits stored (e.g. after a bulk import).
 * Visits are never edited or deleted, so adding is all there is to do.
 */
@Component
@Order(SeedOrder.VISITS + 10)
class VisitRollups implements DerivedData, ApplicationRunner {

    static final List<String> COUNTERS = List.of("visits", "officerVisits", "visitsWithRisks", "risksFound");

    private static final Logger log = LoggerFactory.getLogger(VisitRollups.class);

    private final MongoTemplate mongo;
    private final VisitService visits;
    private final SystemTasks system;
    private final BusinessZone zone;

    VisitRollups(MongoTemplate mongo, VisitService visits, SystemTasks system, BusinessZone zone) {
        this.mongo = mongo;
        this.visits = visits;
        this.system = system;
        this.zone = zone;
    }

    @EventListener
    void on(VisitLogged visit) {
        LocalDate day = zone.dateOf(visit.startedAt());
        List<MonthDocs.Count> counts = counts(visit, day);
        mongo.upsert(MonthDocs.byId(counts.getFirst().id()), MonthDocs.update(counts)
                .addToSet("enterprises." + visit.enterpriseId(), day.getDayOfMonth()), MonthDocs.VISITS);
    }

    /** What one visit adds to its day's cell. */
    private static List<MonthDocs.Count> counts(VisitLogged visit, LocalDate day) {
        String cell = "days." + day.getDayOfMonth() + "." + visit.type().name() + "|" + (visit.campaignId() == null ? "-" : visit.campaignId()) + ".";
        long[] values = {1, visit.officerIds().size(), visit.riskIds().isEmpty() ? 0 : 1, visit.riskIds().size()};
        List<MonthDocs.Count> counts = new ArrayList<>();
        for (int i = 0; i < COUNTERS.size(); i++) {
            counts.add(new MonthDocs.Count(YearMonth.from(day), visit.unitId(), cell + COUNTERS.get(i), values[i]));
        }
        return counts;
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = mongo.getCollection("visits").countDocuments();
        long[] counted = {0};
        MonthDocs.eachDay(mongo.findAll(Document.class, MonthDocs.VISITS), LocalDate.MIN, LocalDate.MAX,
                (unit, day, cells) -> MonthDocs.cells(cells).forEach(cell -> counted[0] += MonthDocs.count(cell, "visits")));
        if (stored != counted[0]) {
            log.info("Visit rollups count {} visits of {}: rebuilding", counted[0], stored);
            rebuild();
        }
    }

    /** Recounts every visit rollup from the stored visits. */
    @Override
    public void rebuild() {
        long start = System.nanoTime();
        Map<String, Document> documents = new HashMap<>();
        Map<String, Map<String, TreeSet<Integer>>> checked = new HashMap<>();
        system.asSystem(() -> visits.replay(visit -> {
            LocalDate day = zone.dateOf(visit.startedAt());
            List<MonthDocs.Count> counts = counts(visit, day);
            counts.forEach(count -> MonthDocs.add(documents, count));
            checked.computeIfAbsent(counts.getFirst().id(), id -> new HashMap<>())
                    .computeIfAbsent(visit.enterpriseId(), id -> new TreeSet<>()).add(day.getDayOfMonth());
        }));
        checked.forEach((id, enterprises) -> {
            Document days = new Document();
            enterprises.forEach((enterpriseId, checkedOn) -> days.append(enterpriseId, List.copyOf(checkedOn)));
            documents.get(id).append("enterprises", days);
        });
        mongo.remove(new Query(), MonthDocs.VISITS);
        if (!documents.isEmpty()) {
            mongo.getCollection(MonthDocs.VISITS).insertMany(List.copyOf(documents.values()));
        }
        log.info("Visit rollups rebuilt: {} unit-months in {} ms", documents.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
