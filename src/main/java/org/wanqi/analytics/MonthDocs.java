package org.wanqi.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How the rollups are stored: documents per unit and month ({@code _id} {@code "2026-03|130921"},
 * {@code month} {@code "2026-03"}, {@code unitId}), in two collections per rollup — the month's
 * totals per cell ({@code <cell>.<counter>}) and its days ({@code days.<day>.<cell>.<counter>}). A
 * range reads the totals of the months it covers whole and the days of at most two months at its
 * edges, so a year costs 12 small documents per unit whatever the number of visits, and a whole
 * collection is months × units documents (the embedded server uses no secondary index: scans stay
 * small). The same counts are {@code $inc}-ed as things happen and summed in memory by a rebuild, so
 * both give the same documents.
 */
final class MonthDocs {

    /** A rollup's two collections: the months' totals and the months' days. */
    enum Rollup {
        /** Cells {@code <TYPE>|<campaign or ->} counting visits, officerVisits, visitsWithRisks, risksFound; the totals also hold {@code enterprises.<id>: [days]}. */
        VISITS("rollup_visit_months", "rollup_visit_days"),
        /** Cells {@code <CATEGORY>} counting found, repeats, status.<STATUS>, closedOnTime (of the risks found), closed, closeDays.<n> (of those closed). */
        RISKS("rollup_risk_months", "rollup_risk_days");

        final String months;
        final String days;

        Rollup(String months, String days) {
            this.months = months;
            this.days = days;
        }
    }

    /** Risks not closed, by unit and the month of their deadline: {@code open.<day>}. */
    static final String OPEN_RISKS = "rollup_risk_open";

    private MonthDocs() {
    }

    /** One count to add to one document. */
    record Count(String collection, YearMonth month, String unitId, String path, long n) {

        String key() {
            return collection + "/" + id(month, unitId);
        }
    }

    /** A cell's count on a day: to the month's total and to the day. */
    static List<Count> cell(Rollup rollup, LocalDate day, String unitId, String cellPath, long n) {
        YearMonth month = YearMonth.from(day);
        return List.of(new Count(rollup.months, month, unitId, cellPath, n),
                new Count(rollup.days, month, unitId, "days." + day.getDayOfMonth() + "." + cellPath, n));
    }

    static String id(YearMonth month, String unitId) {
        return month + "|" + unitId;
    }

    static Query byId(Count count) {
        return Query.query(Criteria.where("_id").is(id(count.month(), count.unitId())));
    }

    /**
     * Counts gathered from many events, written as one upsert per document ({@code $inc}s summed per
     * field, {@code $addToSet}s), sent as one bulk write per collection.
     */
    static final class Batch {

        private final Map<String, Map<String, Count>> counts = new LinkedHashMap<>();
        private final Map<String, Map<String, Set<Integer>>> sets = new LinkedHashMap<>();
        private final Map<String, Count> documents = new LinkedHashMap<>();

        void add(Count count) {
            documents.putIfAbsent(count.key(), count);
            counts.computeIfAbsent(count.key(), key -> new LinkedHashMap<>()).merge(count.path(), count,
                    (a, b) -> new Count(a.collection(), a.month(), a.unitId(), a.path(), a.n() + b.n()));
        }

        void addAll(List<Count> more) {
            more.forEach(this::add);
        }

        /** Adds {@code value} to the set at {@code field} of the document {@code at} is counted in. */
        void addToSet(Count at, String field, int value) {
            documents.putIfAbsent(at.key(), at);
            sets.computeIfAbsent(at.key(), key -> new LinkedHashMap<>()).computeIfAbsent(field, f -> new TreeSet<>()).add(value);
        }

        boolean isEmpty() {
            return documents.isEmpty();
        }

        void write(MongoTemplate mongo) {
            Map<String, BulkOperations> bulks = new LinkedHashMap<>();
            documents.forEach((key, first) -> {
                Update update = new Update().set("month", first.month().toString()).set("unitId", first.unitId());
                counts.getOrDefault(key, Map.of()).values().forEach(count -> update.inc(count.path(), count.n()));
                sets.getOrDefault(key, Map.of()).forEach((field, values) -> update.addToSet(field).each(values.toArray()));
                bulks.computeIfAbsent(first.collection(), collection -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection))
                        .upsert(byId(first), update);
            });
            bulks.values().forEach(BulkOperations::execute);
        }
    }

    /** Adds a count to the documents being rebuilt in memory (by collection, then id). */
    static void add(Map<String, Map<String, Document>> documents, Count count) {
        Document document = documents.computeIfAbsent(count.collection(), collection -> new LinkedHashMap<>())
                .computeIfAbsent(id(count.month(), count.unitId()),
                        id -> new Document("_id", id).append("month", count.month().toString()).append("unitId", count.unitId()));
        Document parent = document;
        String[] path = count.path().split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            parent = (Document) parent.computeIfAbsent(path[i], key -> new Document());
        }
        parent.merge(path[path.length - 1], count.n(), (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    }

    /** Replaces the collections' documents with the rebuilt ones. */
    static void replace(MongoTemplate mongo, List<String> collections, Map<String, Map<String, Document>> documents) {
        for (String collection : collections) {
            mongo.remove(new Query(), collection);
            Map<String, Document> rebuilt = documents.getOrDefault(collection, Map.of());
            if (!rebuilt.isEmpty()) {
                mongo.getCollection(collection).insertMany(List.copyOf(rebuilt.values()));
            }
        }
    }

    /**
     * Documents of one unit (or all) whose month is within [first, last], read with the driver's
     * own decoding (the mapping layer would convert every nested counter once more).
     */
    static List<Document> read(MongoTemplate mongo, String collection, YearMonth first, YearMonth last, String unitId) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.gte("month", first.toString()), Filters.lte("month", last.toString())));
        if (unitId != null) {
            filters.add(Filters.eq("unitId", unitId));
        }
        return mongo.getCollection(collection).find(Filters.and(filters)).into(new ArrayList<>());
    }

    /** Every document of one unit, or of all. */
    static List<Document> readAll(MongoTemplate mongo, String collection, String unitId) {
        return mongo.getCollection(collection).find(unitId == null ? new Document() : Filters.eq("unitId", unitId)).into(new ArrayList<>());
    }

    /** A counter summed over every cell of every month (what the start-up check compares with the raw data). */
    static long total(MongoTemplate mongo, Rollup rollup, String counter) {
        return totals(mongo, rollup, List.of(counter)).get(counter);
    }

    /** Several counters, each summed over every cell of every month, in one read of the months. */
    static Map<String, Long> totals(MongoTemplate mongo, Rollup rollup, List<String> counters) {
        Map<String, Long> totals = new LinkedHashMap<>();
        counters.forEach(counter -> totals.put(counter, 0L));
        readAll(mongo, rollup.months, null).forEach(month -> cells(month, (cell, values) ->
                counters.forEach(counter -> totals.merge(counter, count(values, counter), Long::sum))));
        return totals;
    }

    static YearMonth month(Document document) {
        return YearMonth.parse(document.getString("month"));
    }

    /** Receives the counters of one cell of one unit: on the day {@code start}, or over the whole month that starts then. */
    @FunctionalInterface
    interface CellVisitor {
        void visit(String unitId, LocalDate start, String cell, Document counters);
    }

    /**
     * Calls {@code visitor} for every cell counted within [from, to]: the months the range covers
     * whole from their totals (unless {@code byDay}), the other days from the days' documents.
     */
    static void eachCell(MongoTemplate mongo, Rollup rollup, LocalDate from, LocalDate to, String unitId, boolean byDay, CellVisitor visitor) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        YearMonth firstWhole = from.getDayOfMonth() == 1 ? first : first.plusMonths(1);
        YearMonth lastWhole = to.equals(last.atEndOfMonth()) ? last : last.minusMonths(1);
        boolean wholeMonths = !byDay && !firstWhole.isAfter(lastWhole);
        if (wholeMonths) {
            for (Document document : read(mongo, rollup.months, firstWhole, lastWhole, unitId)) {
                cells(document, (cell, counters) -> visitor.visit(document.getString("unitId"), month(document).atDay(1), cell, counters));
            }
        }
        List<Document> days = new ArrayList<>();
        if (!wholeMonths) {
            days.addAll(read(mongo, rollup.days, first, last, unitId));
        } else {
            if (first.isBefore(firstWhole)) {
                days.addAll(read(mongo, rollup.days, first, first, unitId));
            }
            if (last.isAfter(lastWhole)) {
                days.addAll(read(mongo, rollup.days, last, last, unitId));
            }
        }
        for (Document document : days) {
            YearMonth month = month(document);
            Document byDayOfMonth = document.get("days", Document.class);
            if (byDayOfMonth != null) {
                byDayOfMonth.forEach((day, cells) -> {
                    LocalDate date = month.atDay(Integer.parseInt(day));
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        cells((Document) cells, (cell, counters) -> visitor.visit(document.getString("unitId"), date, cell, counters));
                    }
                });
            }
        }
    }

    /** The cells of a month's totals or of a day: every nested document but the totals' enterprises. */
    private static void cells(Document document, BiConsumer<String, Document> each) {
        document.forEach((key, value) -> {
            if (value instanceof Document cell && !"enterprises".equals(key)) {
                each.accept(key, cell);
            }
        });
    }

    /** A counter ({@code field} may be a dotted path into nested counters: {@code status.CLOSED}), 0 when absent. */
    static long count(Document counters, String field) {
        Object value = counters;
        for (String part : field.split("\\.")) {
            value = value instanceof Document nested ? nested.get(part) : null;
        }
        return value instanceof Number number ? number.longValue() : 0;
    }
}
