package org.wanqi.enterprise;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.CollectionIndex;
import org.wanqi.base.mongo.EmbeddedMongoServer;
import org.wanqi.base.mongo.MemoryIndex;
import org.wanqi.base.seed.SeedOrder;

/**
 * The registry's list index, kept in memory ({@link MemoryIndex}): one small row per enterprise
 * with exactly what lists filter and sort by, rebuilt at start-up, updated after every write on
 * this node, and — when several nodes share a MongoDB — refreshed from what changed since.
 *
 * <p>Why: lists filter by part of a Chinese name (an unanchored regex no MongoDB index serves) and
 * the embedded server serves no secondary index at all; scanning 100,000 documents there takes
 * seconds, filtering 100,000 rows here a few milliseconds.
 */
@Component
@Order(SeedOrder.ENTERPRISES + 1)
class EnterpriseIndex extends CollectionIndex<Enterprise, EnterpriseIndex.Row> {

    /** What a list needs of an enterprise; {@code searchText} is the upper-cased name and USCC, for "contains". */
    record Row(String id, String name, String uscc, String regionCode, Set<PollutionCategory> categories,
               SupervisionTier tier, OperatingStatus status, boolean keyDischargeUnit, Instant updatedAt,
               long version, Instant createdAt, String searchText) {

        static Row of(Enterprise e) {
            return new Row(e.id, e.name, e.uscc, e.regionCode,
                    e.pollutionCategories == null ? Set.of() : Set.copyOf(e.pollutionCategories), e.supervisionTier,
                    e.operatingStatus, e.keyDischargeUnit, e.updatedAt, e.version == null ? 0 : e.version, e.createdAt,
                    (e.name + "\n" + e.uscc).toUpperCase(Locale.ROOT));
        }
    }

    private final Map<String, Row> byUscc = new ConcurrentHashMap<>();

    EnterpriseIndex(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded) {
        super(mongo, embedded, Enterprise.class, new MemoryIndex<>(Row::id, Row::version, Row::updatedAt), Row::of,
                "name", "uscc", "regionCode", "pollutionCategories", "supervisionTier", "operatingStatus",
                "keyDischargeUnit", "updatedAt", "version", "createdAt");
    }

    @Override
    protected void cleared() {
        byUscc.clear();
    }

    @Override
    protected void added(Row row) {
        byUscc.put(row.uscc(), row);
    }

    void putAll(Collection<Enterprise> enterprises) {
        enterprises.forEach(this::put);
    }

    Optional<Row> byId(String id) {
        return rows.get(id);
    }

    Optional<Row> byUscc(String uscc) {
        return Optional.ofNullable(byUscc.get(uscc));
    }

    /** Rows that pass {@code filter}, in the order of {@code sort} (then by id). */
    Stream<Row> find(Predicate<Row> filter, Sort sort) {
        return rows.stream(filter).sorted(comparator(sort));
    }

    /** One page of the rows that pass {@code filter}, in the order of {@code sort}. */
    List<Row> page(Predicate<Row> filter, Sort sort, long offset, int limit) {
        return rows.page(filter, comparator(sort), offset, limit);
    }

    long count(Predicate<Row> filter) {
        return rows.count(filter);
    }

    private static Comparator<Row> comparator(Sort sort) {
        Comparator<Row> comparator = null;
        for (Sort.Order order : sort) {
            Comparator<Row> next = switch (order.getProperty()) {
                case "uscc" -> Comparator.comparing(Row::uscc);
                case "regionCode" -> Comparator.comparing(Row::regionCode);
                case "supervisionTier" -> Comparator.comparing(Row::tier);
                case "updatedAt" -> Comparator.comparing(Row::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
                default -> Comparator.comparing(Row::name);
            };
            next = order.isDescending() ? next.reversed() : next;
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        Comparator<Row> byId = Comparator.comparing(Row::id);
        return comparator == null ? Comparator.comparing(Row::name).thenComparing(byId) : comparator.thenComparing(byId);
    }
}
