package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.mongo.EmbeddedMongoServer;
import org.wanqi.base.mongo.MemoryIndex;
import org.wanqi.base.seed.SeedOrder;

/**
 * The risk board's index ({@link MemoryIndex}): per risk what the board filters and sorts by.
 * The board's first page over 200,000 risks is a pass over small rows here, then one query by
 * primary key for the 20 or so risks shown.
 */
@Component
@Order(SeedOrder.VISITS + 1)
class RiskIndex implements ApplicationRunner, DerivedData {

    private static final Logger log = LoggerFactory.getLogger(RiskIndex.class);
    private static final Comparator<Row> MOST_URGENT = Comparator.comparing(Row::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Row::id);

    record Row(String id, String enterpriseId, String regionCode, RiskStatus status, Severity severity,
               RiskCategory category, LocalDate deadline, String createdBy, long version, Instant updatedAt) {

        static Row of(Risk risk) {
            return new Row(risk.id, risk.enterpriseId, risk.regionCode, risk.status, risk.severity, risk.category,
                    risk.deadline, risk.createdBy, risk.version == null ? 0 : risk.version, risk.updatedAt);
        }

        boolean overdue(LocalDate today) {
            return Risk.overdue(status, deadline, today);
        }

        boolean matches(RiskFilter filter, LocalDate today) {
            return (filter.status() == null || filter.status() == status)
                    && (filter.enterpriseId() == null || filter.enterpriseId().equals(enterpriseId))
                    && (filter.severity() == null || filter.severity() == severity)
                    && (filter.category() == null || filter.category() == category)
                    && (filter.regionCode() == null || filter.regionCode().equals(regionCode))
                    && (filter.officer() == null || filter.officer().equals(createdBy))
                    && (filter.overdue() == null || filter.overdue() == overdue(today))
                    && (!Boolean.TRUE.equals(filter.dueSoon()) || Risk.dueSoon(status, deadline, today));
        }
    }

    private final MongoTemplate mongo;
    private final boolean singleNode;
    private final MemoryIndex<Row> rows = new MemoryIndex<>(Row::id, Row::version, Row::updatedAt);

    RiskIndex(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded) {
        this.mongo = mongo;
        this.singleNode = embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild();
    }

    @Override
    public synchronized void rebuild() {
        long start = System.nanoTime();
        rows.clear();
        load(new Query());
        log.info("Risk index: {} risks loaded in {} ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** On a shared MongoDB: picks up what other nodes wrote. The embedded database has one node: nothing to do. */
    @Scheduled(fixedDelayString = "${wanqi.risk.index-refresh:30s}", initialDelayString = "${wanqi.risk.index-refresh:30s}")
    void refresh() {
        if (!singleNode) {
            load(Query.query(Criteria.where("updatedAt").gte(rows.watermark().minusSeconds(60))));
        }
    }

    private void load(Query query) {
        query.fields().include("enterpriseId", "regionCode", "status", "severity", "category", "deadline", "createdBy",
                "version", "updatedAt");
        mongo.stream(query, Risk.class).forEach(this::put);
    }

    void put(Risk risk) {
        rows.put(Row.of(risk));
    }

    /** A page of the matching risks, most urgent deadline first, loaded from MongoDB by primary key. */
    List<Risk> page(Predicate<Row> filter, long offset, int limit) {
        List<String> ids = rows.page(filter, MOST_URGENT, offset, limit).stream().map(Row::id).toList();
        Map<String, Risk> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Risk.class).forEach(risk -> found.put(risk.id, risk));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    long count(Predicate<Row> filter) {
        return rows.count(filter);
    }

    java.util.stream.Stream<Row> stream(Predicate<Row> filter) {
        return rows.stream(filter);
    }
}
