package org.wanqi.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.security.SystemTasks;
import org.wanqi.visit.VisitLogged;
import org.wanqi.visit.VisitService;

/**
 * Keeps the visit rollups: each new visit adds itself to its day's counters and to the month's
 * enterprises checked (days in the business time zone), and {@link #rebuild()} recounts everything
 * from the stored visits. At start they are rebuilt when they do not add up to the visits stored
 * (e.g. after a bulk import). Visits are never edited or deleted, so adding is all there is to do.
 */
@Component
@Order(SeedOrder.VISITS + 10)
class VisitRollups implements DerivedData, ApplicationRunner {

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
        VisitRollup counted = count(visit);
        mongo.upsert(Query.query(Criteria.where("_id").is(counted.id())), new Update()
                .set("day", counted.day()).set("unitId", counted.unitId()).set("type", counted.type()).set("campaignId", counted.campaignId())
                .inc("visits", 1).inc("officerVisits", counted.officerVisits()).inc("visitsWithRisks", counted.visitsWithRisks())
                .inc("risksFound", counted.risksFound()), VisitRollup.class);
        LocalDate month = counted.day().withDayOfMonth(1);
        mongo.upsert(Query.query(Criteria.where("_id").is(EnterpriseMonth.key(month, visit.unitId()))), new Update()
                .set("month", month).set("unitId", visit.unitId())
                .addToSet("days." + visit.enterpriseId(), counted.day().getDayOfMonth()), EnterpriseMonth.class);
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = mongo.getCollection("visits").countDocuments();
        long counted = mongo.findAll(VisitRollup.class).stream().mapToLong(VisitRollup::visits).sum();
        if (stored != counted) {
            log.info("Visit rollups count {} visits of {}: rebuilding", counted, stored);
            rebuild();
        }
    }

    /** Recounts every visit rollup from the stored visits. */
    @Override
    public void rebuild() {
        long start = System.nanoTime();
        Map<String, VisitRollup> rollups = new HashMap<>();
        Map<String, EnterpriseMonth> months = new HashMap<>();
        system.asSystem(() -> visits.replay(visit -> {
            VisitRollup counted = count(visit);
            rollups.merge(counted.id(), counted, VisitRollup::plus);
            LocalDate month = counted.day().withDayOfMonth(1);
            months.computeIfAbsent(EnterpriseMonth.key(month, visit.unitId()), key -> new EnterpriseMonth(key, month, visit.unitId(),
                    new HashMap<>())).days().computeIfAbsent(visit.enterpriseId(), id -> new ArrayList<>()).add(counted.day().getDayOfMonth());
        }));
        List<EnterpriseMonth> enterpriseMonths = months.values().stream().map(EnterpriseMonth::distinctDays).toList();
        mongo.remove(new Query(), VisitRollup.class);
        mongo.insertAll(rollups.values());
        mongo.remove(new Query(), EnterpriseMonth.class);
        mongo.insertAll(enterpriseMonths);
        log.info("Visit rollups rebuilt: {} day rollups, {} enterprise months in {} ms", rollups.size(), enterpriseMonths.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private VisitRollup count(VisitLogged visit) {
        LocalDate day = zone.dateOf(visit.startedAt());
        return new VisitRollup(VisitRollup.key(day, visit.unitId(), visit.type(), visit.campaignId()), day, visit.unitId(), visit.type(),
                visit.campaignId(), 1, visit.officerIds().size(), visit.riskIds().isEmpty() ? 0 : 1, visit.riskIds().size());
    }
}
