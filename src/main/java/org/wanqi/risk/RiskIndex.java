package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.CollectionIndex;
import org.wanqi.base.mongo.EmbeddedMongoServer;
import org.wanqi.base.mongo.MemoryIndex;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.regulation.CitationKeys;

/**
 * The risk board's index ({@link MemoryIndex}): per risk what the board filters and sorts by.
 * The board's first page over 200,000 risks is a pass over small rows here, then one query by
 * primary key for the 20 or so risks shown.
 */
@Component
@Order(SeedOrder.VISITS + 1)
class RiskIndex extends CollectionIndex<Risk, RiskIndex.Row> {

    /** Open risks by deadline, the nearest first; then the closed ones, the latest closed first. */
    private static final Comparator<Row> MOST_URGENT = Comparator.comparing((Row row) -> row.status() == RiskStatus.CLOSED)
            .thenComparing(row -> row.status() == RiskStatus.CLOSED ? null : row.deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(row -> row.status() == RiskStatus.CLOSED ? row.updatedAt() : null, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Row::id);

    /** @param cited the {@link CitationKeys keys} of the articles the risk cites */
    record Row(String id, String enterpriseId, String regionCode, RiskStatus status, Severity severity,
               RiskCategory category, LocalDate deadline, String createdBy, long version, Instant updatedAt,
               List<String> cited) {

        static Row of(Risk risk) {
            List<String> cited = risk.citations == null ? List.of()
                    : risk.citations.stream().map(CitationKeys::of).flatMap(java.util.Optional::stream).distinct().toList();
            return new Row(risk.id, risk.enterpriseId, risk.regionCode, risk.status, risk.severity, risk.category,
                    risk.deadline, risk.createdBy, risk.version == null ? 0 : risk.version, risk.updatedAt, cited);
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

    RiskIndex(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded) {
        super(mongo, embedded, Risk.class, new MemoryIndex<>(Row::id, Row::version, Row::updatedAt), Row::of,
                "enterpriseId", "regionCode", "status", "severity", "category", "deadline", "createdBy", "version", "updatedAt",
                "citations");
    }

    /** A page of the matching risks, most urgent first (see {@link #MOST_URGENT}), loaded from MongoDB by primary key. */
    List<Risk> page(Predicate<Row> filter, long offset, int limit) {
        return load(rows.page(filter, MOST_URGENT, offset, limit).stream().map(Row::id).toList());
    }

    long count(Predicate<Row> filter) {
        return rows.count(filter);
    }

    java.util.stream.Stream<Row> stream(Predicate<Row> filter) {
        return rows.stream(filter);
    }
}
