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
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.security.SystemTasks;
import org.wanqi.visit.VisitLogged;
import org.wanqi.visit.VisitService;

/**
 * Keeps the visit rollups ({@link MonthDocs.Rollup#VISITS}): each new visit adds itself to its cell
 * (its type and campaign) on its day and in its month, and its enterprise to the month's enterprises
 * checked — days in the business time zone; {@link #rebuild()} recounts everything from the stored
 * visits. Visits are never edited or deleted, so adding is all there is to do.
 */
@Component
@Order(SeedOrder.VISITS + 10)
class VisitRollups extends QueuedRollups<VisitLogged> {

    static final List<String> COUNTERS = List.of("visits", "officerVisits", "visitsWithRisks", "risksFound");

    private static final Logger log = LoggerFactory.getLogger(VisitRollups.class);

    private final VisitService visits;
    private final SystemTasks system;
    private final BusinessZone zone;

    VisitRollups(MongoTemplate mongo, VisitService visits, SystemTasks system, BusinessZone zone) {
        super(mongo, "visit-rollups");
        this.visits = visits;
        this.system = system;
        this.zone = zone;
    }

    @EventListener
    void on(VisitLogged visit) {
        submit(visit);
    }

    @Override
    protected void count(List<VisitLogged> logged, MonthDocs.Batch batch) {
        for (VisitLogged visit : logged) {
            LocalDate day = zone.dateOf(visit.startedAt());
            List<MonthDocs.Count> counts = counts(visit, day);
            batch.addAll(counts);
            batch.addToSet(counts.getFirst(), "enterprises." + visit.enterpriseId(), day.getDayOfMonth());
        }
    }

    /** What one visit adds to its cell (type and campaign) in its month (first) and on its day. */
    private static List<MonthDocs.Count> counts(VisitLogged visit, LocalDate day) {
        String cell = visit.type().name() + "|" + (visit.campaignId() == null ? "-" : visit.campaignId()) + ".";
        long[] values = {1, visit.officerIds().size(), visit.riskIds().isEmpty() ? 0 : 1, visit.riskIds().size()};
        List<MonthDocs.Count> counts = new ArrayList<>();
        for (int i = 0; i < COUNTERS.size(); i++) {
            counts.addAll(MonthDocs.cell(MonthDocs.Rollup.VISITS, day, visit.unitId(), cell + COUNTERS.get(i), values[i]));
        }
        return counts;
    }

    @Override
    protected boolean consistent() {
        return mongo.getCollection("visits").countDocuments() == MonthDocs.total(mongo, MonthDocs.Rollup.VISITS, "visits");
    }

    @Override
    protected void recount() {
        long start = System.nanoTime();
        Map<String, Map<String, Document>> documents = new HashMap<>();
        Map<String, Map<String, TreeSet<Integer>>> checked = new HashMap<>();
        long[] replayed = {0};
        system.asSystem(() -> visits.replay(visit -> {
            progress(++replayed[0], "visits");
            LocalDate day = zone.dateOf(visit.startedAt());
            counts(visit, day).forEach(count -> MonthDocs.add(documents, count));
            checked.computeIfAbsent(MonthDocs.id(YearMonth.from(day), visit.unitId()), id -> new HashMap<>())
                    .computeIfAbsent(visit.enterpriseId(), id -> new TreeSet<>()).add(day.getDayOfMonth());
        }));
        checked.forEach((id, enterprises) -> {
            Document days = new Document();
            enterprises.forEach((enterpriseId, checkedOn) -> days.append(enterpriseId, List.copyOf(checkedOn)));
            documents.get(MonthDocs.Rollup.VISITS.months).get(id).append("enterprises", days);
        });
        MonthDocs.replace(mongo, List.of(MonthDocs.Rollup.VISITS.months, MonthDocs.Rollup.VISITS.days), documents);
        log.info("Visit rollups rebuilt: {} unit-months in {} ms", checked.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
