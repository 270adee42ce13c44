package org.wanqi.analytics;

import java.util.HashMap;
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
 * Keeps the daily visit rollups: each new visit adds itself to its day's counters (the day in the
 * business time zone), and {@link #rebuild()} recounts everything from the stored visits. At start
 * they are rebuilt when they do not add up to the visits stored (e.g. after a bulk import).
 */
@Component
@Order(SeedOrder.VISITS + 10)
class Rollups implements DerivedData, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);

    private final MongoTemplate mongo;
    private final VisitService visits;
    private final SystemTasks system;
    private final BusinessZone zone;

    Rollups(MongoTemplate mongo, VisitService visits, SystemTasks system, BusinessZone zone) {
        this.mongo = mongo;
        this.visits = visits;
        this.system = system;
        this.zone = zone;
    }

    @EventListener
    void on(VisitLogged visit) {
        VisitRollup counted = count(visit);
        mongo.upsert(Query.query(Criteria.where("_id").is(counted.id())), new Update()
                .set("day", counted.day()).set("unitId", counted.unitId()).set("type", counted.type())
                .inc("visits", 1).inc("officerVisits", counted.officerVisits()).inc("visitsWithRisks", counted.visitsWithRisks())
                .inc("risksFound", counted.risksFound()), VisitRollup.class);
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

    /** Recounts every rollup from the stored visits. */
    @Override
    public void rebuild() {
        long start = System.nanoTime();
        Map<String, VisitRollup> rollups = new HashMap<>();
        system.asSystem(() -> visits.replay(visit -> {
            VisitRollup counted = count(visit);
            rollups.merge(counted.id(), counted, Rollups::plus);
        }));
        mongo.remove(new Query(), VisitRollup.class);
        mongo.insertAll(rollups.values());
        log.info("Visit rollups rebuilt: {} rollups in {} ms", rollups.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private VisitRollup count(VisitLogged visit) {
        var day = zone.dateOf(visit.startedAt());
        return new VisitRollup(VisitRollup.key(day, visit.unitId(), visit.type()), day, visit.unitId(), visit.type(), 1,
                visit.officerIds().size(), visit.riskIds().isEmpty() ? 0 : 1, visit.riskIds().size());
    }

    private static VisitRollup plus(VisitRollup a, VisitRollup b) {
        return new VisitRollup(a.id(), a.day(), a.unitId(), a.type(), a.visits() + b.visits(), a.officerVisits() + b.officerVisits(),
                a.visitsWithRisks() + b.visitsWithRisks(), a.risksFound() + b.risksFound());
    }
}
