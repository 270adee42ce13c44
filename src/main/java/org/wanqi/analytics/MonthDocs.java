package org.wanqi.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How the rollups are stored: one document per unit and month ({@code _id} {@code "2026-03|130921"},
 * {@code month} {@code "2026-03"}, {@code unitId}) holding its counters by day of the month
 * ({@code days.<day>.<cell>.<counter>}). A year of one unit is 12 documents whatever the number of
 * visits, and a whole collection is months × units documents, so even the embedded server's scans
 * (it uses no secondary index) stay small. The same dotted paths are {@code $inc}-ed as things
 * happen and summed in memory by a rebuild, so both give the same documents.
 */
final class MonthDocs {

    /** Visits: {@code days.<day>.<TYPE|campaign>.{visits, officerVisits, visitsWithRisks, risksFound}}, {@code enterprises.<id>: [days]}. */
    static final String VISITS = "rollup_visit_months";
    /**
     * Risks: {@code days.<day>.<CATEGORY>.{found, repeats, status.<STATUS>, closedOnTime}} for the risks found that day,
     * {@code .{closed, closeDays.<days>}} for those closed that day, and {@code open.<day>}: risks not closed due that day.
     */
    static final String RISKS = "rollup_risk_months";

    private MonthDocs() {
    }

    /** One count to add to one unit-month's document. */
    record Count(YearMonth month, String unitId, String path, long n) {

        String id() {
            return MonthDocs.id(month, unitId);
        }
    }

    static String id(YearMonth month, String unitId) {
        return month + "|" + unitId;
    }

    /** The update that creates the document if need be and adds {@code counts} (all of one document) to it. */
    static Update update(List<Count> counts) {
        Update update = new Update().set("month", counts.getFirst().month().toString()).set("unitId", counts.getFirst().unitId());
        counts.forEach(count -> update.inc(count.path(), count.n()));
        return update;
    }

    static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** Adds a count to a document being rebuilt in memory. */
    static void add(Map<String, Document> documents, Count count) {
        Document document = documents.computeIfAbsent(count.id(),
                id -> new Document("_id", id).append("month", count.month().toString()).append("unitId", count.unitId()));
        Document parent = document;
        String[] path = count.path().split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            parent = (Document) parent.computeIfAbsent(path[i], key -> new Document());
        }
        parent.merge(path[path.length - 1], count.n(), (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    }

    /**
     * The documents of the months that overlap [from, to], of one unit or of all — read with the
     * driver's own decoding (the mapping layer would convert every nested counter once more).
     */
    static List<Document> read(MongoTemplate mongo, String collection, LocalDate from, LocalDate to, String unitId) {
        Bson months = Filters.and(Filters.gte("month", YearMonth.from(from).toString()), Filters.lte("month", YearMonth.from(to).toString()));
        return mongo.getCollection(collection).find(unitId == null ? months : Filters.and(months, Filters.eq("unitId", unitId)))
                .into(new ArrayList<>());
    }

    /** Every document of one unit, or of all. */
    static List<Document> readAll(MongoTemplate mongo, String collection, String unitId) {
        return mongo.getCollection(collection).find(unitId == null ? new Document() : Filters.eq("unitId", unitId)).into(new ArrayList<>());
    }

    static YearMonth month(Document document) {
        return YearMonth.parse(document.getString("month"));
    }

    /** Receives one day's counters of one unit. */
    @FunctionalInterface
    interface DayVisitor {
        void visit(String unitId, LocalDate day, Document counters);
    }

    /** Calls {@code visitor} for every day within [from, to] that these documents count something on. */
    static void eachDay(Collection<Document> documents, LocalDate from, LocalDate to, DayVisitor visitor) {
        for (Document document : documents) {
            YearMonth month = month(document);
            Document days = document.get("days", Document.class);
            if (days == null) {
                continue;
            }
            days.forEach((day, counters) -> {
                LocalDate date = month.atDay(Integer.parseInt(day));
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    visitor.visit(document.getString("unitId"), date, (Document) counters);
                }
            });
        }
    }

    /** Receives one day's officer-visits and checks of one unit. */
    @FunctionalInterface
    interface VisitDayVisitor {
        void visit(String unitId, LocalDate day, long officerVisits, long checks);
    }

    /** Calls {@code visitor} with the officer-visits and checks of every day within [from, to] of these visit documents. */
    static void eachVisitDay(Collection<Document> documents, LocalDate from, LocalDate to, VisitDayVisitor visitor) {
        eachDay(documents, from, to, (unitId, day, cells) -> {
            long officerVisits = 0;
            long checks = 0;
            for (Document cell : cells(cells)) {
                officerVisits += count(cell, "officerVisits");
                checks += count(cell, "visits");
            }
            visitor.visit(unitId, day, officerVisits, checks);
        });
    }

    /** The documents nested in {@code document} (a day's cells, say). */
    static List<Document> cells(Document document) {
        List<Document> cells = new ArrayList<>();
        document.values().forEach(cell -> cells.add((Document) cell));
        return cells;
    }

    /** A counter, 0 when absent. */
    static long count(Document counters, String field) {
        Object value = counters == null ? null : counters.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
