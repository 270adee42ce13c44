package org.wanqi.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskChanged;
import org.wanqi.risk.RiskFacts;
import org.wanqi.risk.RiskService;
import org.wanqi.security.SystemTasks;

/**
 * Keeps the risk rollups ({@link RiskRollup}, {@link DeadlineRollup}): a risk's state adds fixed
 * counts to them, so a change adds the new state's counts and takes away the old one's;
 * {@link #rebuild()} recounts everything from the stored risks, and at start they are rebuilt when
 * they do not add up to the risks stored. A new risk repeats an earlier one when the same
 * enterprise had a risk of its category found within {@link #REPEAT_MONTHS} before it.
 */
@Component
@Order(SeedOrder.VISITS + 10)
class RiskRollups implements DerivedData, ApplicationRunner {

    static final int REPEAT_MONTHS = 12;

    /** The counters every document of a rollup has (incremented by 0 when a change leaves them alone, so they exist). */
    private static final Map<Class<?>, Map<String, Long>> SCALARS = Map.of(
            RiskRollup.class, Map.of("found", 0L, "repeats", 0L, "closedOnTime", 0L, "closed", 0L),
            DeadlineRollup.class, Map.of("open", 0L));

    private static final Logger log = LoggerFactory.getLogger(RiskRollups.class);

    private final MongoTemplate mongo;
    private final RiskService risks;
    private final SystemTasks system;
    private final BusinessZone zone;

    RiskRollups(MongoTemplate mongo, RiskService risks, SystemTasks system, BusinessZone zone) {
        this.mongo = mongo;
        this.risks = risks;
        this.system = system;
        this.zone = zone;
    }

    /** One count a risk's state adds to one rollup document (its keys set when the document is new). */
    private record Count(Class<?> rollup, String id, Map<String, Object> keys, String field, long n) {
    }

    @EventListener
    void on(RiskChanged change) {
        List<Count> counts = new ArrayList<>(counts(change.after(), 1));
        if (change.before() != null) {
            counts.addAll(counts(change.before(), -1));
        } else if (repeatsEarlier(change.after())) {
            counts.add(foundCount(change.after(), "repeats", 1));
        }
        Map<String, Count> documents = new LinkedHashMap<>();
        Map<String, Map<String, Long>> sums = new HashMap<>();
        for (Count count : counts) {
            documents.putIfAbsent(count.id(), count);
            sums.computeIfAbsent(count.id(), id -> new LinkedHashMap<>(SCALARS.get(count.rollup())))
                    .merge(count.field(), count.n(), Long::sum);
        }
        documents.forEach((id, document) -> {
            Update update = new Update();
            document.keys().forEach(update::set);
            sums.get(id).forEach(update::inc);
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, document.rollup());
        });
    }

    /** Whether the enterprise had a risk of this category found within the window before; remembers this finding. */
    private boolean repeatsEarlier(RiskFacts risk) {
        String key = LastFinding.key(risk.enterpriseId(), risk.category());
        LastFinding last = mongo.findById(key, LastFinding.class);
        if (last == null || last.at().isBefore(risk.foundAt())) {
            mongo.save(new LastFinding(key, risk.foundAt()));
        }
        return repeats(last == null ? null : last.at(), risk.foundAt());
    }

    private boolean repeats(Instant earlier, Instant foundAt) {
        return earlier != null && earlier.isBefore(foundAt) && !earlier.isBefore(zone.at(foundAt).minusMonths(REPEAT_MONTHS).toInstant());
    }

    /** What one risk in this state adds to the rollups, times {@code n}. */
    private List<Count> counts(RiskFacts risk, long n) {
        List<Count> counts = new ArrayList<>();
        counts.add(foundCount(risk, "found", n));
        counts.add(foundCount(risk, "status." + risk.status().name(), n));
        if (risk.closedAt() != null) {
            LocalDate found = zone.dateOf(risk.foundAt());
            LocalDate closed = zone.dateOf(risk.closedAt());
            if (!closed.isAfter(risk.deadline())) {
                counts.add(foundCount(risk, "closedOnTime", n));
            }
            String id = RiskRollup.key(closed, risk.regionCode(), risk.category());
            Map<String, Object> keys = Map.of("day", closed, "unitId", risk.regionCode(), "category", risk.category());
            counts.add(new Count(RiskRollup.class, id, keys, "closed", n));
            counts.add(new Count(RiskRollup.class, id, keys, "closeDays." + ChronoUnit.DAYS.between(found, closed), n));
        } else {
            counts.add(new Count(DeadlineRollup.class, DeadlineRollup.key(risk.deadline(), risk.regionCode()),
                    Map.of("deadline", risk.deadline(), "unitId", risk.regionCode()), "open", n));
        }
        return counts;
    }

    private Count foundCount(RiskFacts risk, String field, long n) {
        LocalDate found = zone.dateOf(risk.foundAt());
        return new Count(RiskRollup.class, RiskRollup.key(found, risk.regionCode(), risk.category()),
                Map.of("day", found, "unitId", risk.regionCode(), "category", risk.category()), field, n);
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = mongo.getCollection("risks").countDocuments();
        long counted = mongo.findAll(RiskRollup.class).stream().mapToLong(RiskRollup::found).sum();
        if (stored != counted) {
            log.info("Risk rollups count {} risks of {}: rebuilding", counted, stored);
            rebuild();
        }
    }

    /** Recounts every risk rollup from the stored risks. */
    @Override
    public void rebuild() {
        long start = System.nanoTime();
        Map<String, Map<String, Long>> fields = new HashMap<>();
        Map<String, Count> firsts = new HashMap<>();
        Map<String, Instant> lastFound = new HashMap<>();
        system.asSystem(() -> risks.replay(risk -> {
            List<Count> counts = new ArrayList<>(counts(risk, 1));
            if (repeats(lastFound.put(LastFinding.key(risk.enterpriseId(), risk.category()), risk.foundAt()), risk.foundAt())) {
                counts.add(foundCount(risk, "repeats", 1));
            }
            counts.forEach(count -> {
                firsts.putIfAbsent(count.id(), count);
                fields.computeIfAbsent(count.id(), id -> new HashMap<>()).merge(count.field(), count.n(), Long::sum);
            });
        }));
        List<RiskRollup> riskRollups = new ArrayList<>();
        List<DeadlineRollup> deadlineRollups = new ArrayList<>();
        fields.forEach((id, counted) -> {
            Count first = firsts.get(id);
            if (first.rollup() == DeadlineRollup.class) {
                deadlineRollups.add(new DeadlineRollup(id, (LocalDate) first.keys().get("deadline"), (String) first.keys().get("unitId"),
                        counted.get("open")));
            } else {
                riskRollups.add(new RiskRollup(id, (LocalDate) first.keys().get("day"), (String) first.keys().get("unitId"),
                        (RiskCategory) first.keys().get("category"), counted.getOrDefault("found", 0L),
                        counted.getOrDefault("repeats", 0L), prefixed(counted, "status."), counted.getOrDefault("closedOnTime", 0L),
                        counted.getOrDefault("closed", 0L), prefixed(counted, "closeDays.")));
            }
        });
        mongo.remove(new Query(), RiskRollup.class);
        mongo.insertAll(riskRollups);
        mongo.remove(new Query(), DeadlineRollup.class);
        mongo.insertAll(deadlineRollups);
        mongo.remove(new Query(), LastFinding.class);
        mongo.insertAll(lastFound.entrySet().stream().map(last -> new LastFinding(last.getKey(), last.getValue())).toList());
        log.info("Risk rollups rebuilt: {} day rollups, {} deadline rollups in {} ms", riskRollups.size(), deadlineRollups.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Map<String, Long> prefixed(Map<String, Long> counted, String prefix) {
        Map<String, Long> inner = new HashMap<>();
        counted.forEach((field, n) -> {
            if (field.startsWith(prefix)) {
                inner.put(field.substring(prefix.length()), n);
            }
        });
        return inner;
    }
}
