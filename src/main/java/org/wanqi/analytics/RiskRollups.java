package org.wanqi.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.risk.RiskChanged;
import org.wanqi.risk.RiskFacts;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.SystemTasks;

/**
 * Keeps the risk rollups ({@link MonthDocs.Rollup#RISKS}, {@link MonthDocs#OPEN_RISKS}): a risk's state adds fixed counts to them — on
 * the day it was found (found, its status now, closed on time), on the day it was closed (closed,
 * how many days it took) or, while open, on its deadline — so a change adds the new state's counts
 * and takes away the old one's. {@link #rebuild()} recounts everything from the stored risks, and at
 * start they are rebuilt when they do not add up to the risks stored. A new risk repeats an earlier
 * one when the same enterprise had a risk of its category found within {@link #REPEAT_MONTHS} before it.
 */
@Component
@Order(SeedOrder.VISITS + 10)
class RiskRollups extends QueuedRollups<RiskChanged> {

    static final int REPEAT_MONTHS = 12;

    private static final Logger log = LoggerFactory.getLogger(RiskRollups.class);

    private final RiskService risks;
    private final SystemTasks system;
    private final BusinessZone zone;

    RiskRollups(MongoTemplate mongo, RiskService risks, SystemTasks system, BusinessZone zone) {
        super(mongo, "risk-rollups");
        this.risks = risks;
        this.system = system;
        this.zone = zone;
    }

    @EventListener
    void on(RiskChanged change) {
        submit(change);
    }

    @Override
    protected void count(List<RiskChanged> changes, MonthDocs.Batch batch) {
        Map<String, Instant> lastFound = new HashMap<>();
        List<String> keys = changes.stream().filter(change -> change.before() == null)
                .map(change -> LastFinding.key(change.after().enterpriseId(), change.after().category())).distinct().toList();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), LastFinding.class).forEach(last -> lastFound.put(last.id(), last.at()));
        Map<String, Instant> found = new HashMap<>();
        for (RiskChanged change : changes) {
            batch.addAll(counts(change.after(), 1));
            if (change.before() != null) {
                batch.addAll(counts(change.before(), -1));
                continue;
            }
            RiskFacts risk = change.after();
            String key = LastFinding.key(risk.enterpriseId(), risk.category());
            if (repeats(lastFound.get(key), risk.foundAt())) {
                batch.addAll(foundCount(risk, "repeats", 1));
            }
            if (lastFound.get(key) == null || lastFound.get(key).isBefore(risk.foundAt())) {
                lastFound.put(key, risk.foundAt());
                found.put(key, risk.foundAt());
            }
        }
        if (!found.isEmpty()) {
            BulkOperations latest = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LastFinding.class);
            found.forEach((key, at) -> latest.upsert(Query.query(Criteria.where("_id").is(key)), new Update().set("at", at)));
            latest.execute();
        }
    }

    private boolean repeats(Instant earlier, Instant foundAt) {
        return earlier != null && earlier.isBefore(foundAt) && !earlier.isBefore(zone.at(foundAt).minusMonths(REPEAT_MONTHS).toInstant());
    }

    /** What one risk in this state adds to the rollups, times {@code n}. */
    private List<MonthDocs.Count> counts(RiskFacts risk, long n) {
        List<MonthDocs.Count> counts = new ArrayList<>();
        counts.addAll(foundCount(risk, "found", n));
        counts.addAll(foundCount(risk, "status." + risk.status().name(), n));
        if (risk.closedAt() != null) {
            LocalDate found = zone.dateOf(risk.foundAt());
            LocalDate closed = zone.dateOf(risk.closedAt());
            if (!closed.isAfter(risk.deadline())) {
                counts.addAll(foundCount(risk, "closedOnTime", n));
            }
            String cell = risk.category().name() + ".";
            counts.addAll(MonthDocs.cell(MonthDocs.Rollup.RISKS, closed, risk.regionCode(), cell + "closed", n));
            counts.addAll(MonthDocs.cell(MonthDocs.Rollup.RISKS, closed, risk.regionCode(),
                    cell + "closeDays." + ChronoUnit.DAYS.between(found, closed), n));
        } else {
            counts.add(new MonthDocs.Count(MonthDocs.OPEN_RISKS, YearMonth.from(risk.deadline()), risk.regionCode(),
                    "open." + risk.deadline().getDayOfMonth(), n));
        }
        return counts;
    }

    private List<MonthDocs.Count> foundCount(RiskFacts risk, String counter, long n) {
        return MonthDocs.cell(MonthDocs.Rollup.RISKS, zone.dateOf(risk.foundAt()), risk.regionCode(), risk.category().name() + "." + counter, n);
    }

    /** Risks found add up to the risks stored, and risks in each status to the risks in it. */
    @Override
    protected boolean consistent() {
        Map<RiskStatus, Long> byStatus = system.call(() -> risks.counts().byStatus());
        Map<String, Long> stored = new LinkedHashMap<>();
        stored.put("found", byStatus.values().stream().mapToLong(Long::longValue).sum());
        byStatus.forEach((status, n) -> stored.put("status." + status.name(), n));
        Map<String, Long> counted = MonthDocs.totals(mongo, MonthDocs.Rollup.RISKS, List.copyOf(stored.keySet()));
        if (!stored.equals(counted)) {
            log.info("Risks stored {}, counted in the rollups {}", stored, counted);
        }
        return stored.equals(counted);
    }

    /** Recounts every risk rollup, and when each enterprise last had each category found, from the stored risks. */
    @Override
    protected void recount() {
        long start = System.nanoTime();
        Map<String, Map<String, Document>> documents = new HashMap<>();
        Map<String, Instant> lastFound = new HashMap<>();
        long[] replayed = {0};
        system.asSystem(() -> risks.replay(risk -> {
            progress(++replayed[0], "risks");
            counts(risk, 1).forEach(count -> MonthDocs.add(documents, count));
            if (repeats(lastFound.put(LastFinding.key(risk.enterpriseId(), risk.category()), risk.foundAt()), risk.foundAt())) {
                foundCount(risk, "repeats", 1).forEach(count -> MonthDocs.add(documents, count));
            }
        }));
        MonthDocs.replace(mongo, List.of(MonthDocs.Rollup.RISKS.months, MonthDocs.Rollup.RISKS.days, MonthDocs.OPEN_RISKS), documents);
        mongo.remove(new Query(), LastFinding.class);
        mongo.insertAll(lastFound.entrySet().stream().map(last -> new LastFinding(last.getKey(), last.getValue())).toList());
        log.info("Risk rollups rebuilt: {} unit-months, {} enterprise categories in {} ms",
                documents.getOrDefault(MonthDocs.Rollup.RISKS.months, Map.of()).size(), lastFound.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
