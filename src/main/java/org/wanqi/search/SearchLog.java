package org.wanqi.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;

/**
 * What people search for and what they open, counted per business day: the trainers' guide to
 * what to write next. Counts gather in memory and are added to MongoDB every few seconds (one
 * bulk write), so a search costs no database write; a crash loses those seconds of counts — they
 * are statistics, not records anyone acknowledged.
 *
 * <p>Stored per day and query ({@code search_queries}, key {@code <day>/<query>}) and per day,
 * query and opened hit ({@code search_clicks}), so a period is a range of keys.
 */
@Component
class SearchLog implements DisposableBean {

    static final int MAX_QUERY = 100;

    private final MongoTemplate mongo;
    private final BusinessZone zone;
    private final Clock clock;
    private final Map<String, Pending> queries = new ConcurrentHashMap<>();
    private final Map<String, PendingClick> clicks = new ConcurrentHashMap<>();

    SearchLog(MongoTemplate mongo, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.zone = zone;
        this.clock = clock;
    }

    /** Someone searched for {@code text} and found {@code total} documents. */
    void asked(String text, long total) {
        String query = normalize(text);
        if (query.isEmpty()) {
            return;
        }
        Pending pending = queries.computeIfAbsent(key(today(), query), key -> new Pending(today(), query));
        pending.searches.increment();
        if (total == 0) {
            pending.zeroResults.increment();
        }
    }

    /** Someone searched for {@code text} and opened the hit {@code hitId} ({@code title}). */
    void opened(String text, String hitId, String title) {
        String query = normalize(text);
        if (query.isEmpty() || hitId == null) {
            return;
        }
        LocalDate day = today();
        clicks.computeIfAbsent(key(day, query) + "/" + hitId, key -> new PendingClick(day, query, hitId, title)).count.increment();
    }

    @Scheduled(fixedDelayString = "PT5S")
    void flush() {
        if (!queries.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, QueryCount.class);
            for (String key : new ArrayList<>(queries.keySet())) {
                Pending pending = queries.remove(key);
                bulk.upsert(Query.query(Criteria.where("_id").is(key)), new Update()
                        .setOnInsert("day", pending.day.toString()).setOnInsert("query", pending.query)
                        .inc("searches", pending.searches.sum()).inc("zeroResults", pending.zeroResults.sum()));
            }
            bulk.execute();
        }
        if (!clicks.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ClickCount.class);
            for (String key : new ArrayList<>(clicks.keySet())) {
                PendingClick click = clicks.remove(key);
                bulk.upsert(Query.query(Criteria.where("_id").is(key)), new Update()
                        .setOnInsert("day", click.day.toString()).setOnInsert("query", click.query)
                        .setOnInsert("hitId", click.hitId).set("title", click.title).inc("clicks", click.count.sum()));
            }
            bulk.execute();
        }
    }

    /** The queries asked from {@code from} to {@code to} (business days, inclusive), summed over the days. */
    List<SearchAnalytics.QueryStats> queries(LocalDate from, LocalDate to) {
        flush();
        Map<String, long[]> sums = new java.util.HashMap<>();
        for (QueryCount count : mongo.find(days(from, to), QueryCount.class)) {
            long[] sum = sums.computeIfAbsent(count.query(), q -> new long[2]);
            sum[0] += count.searches();
            sum[1] += count.zeroResults();
        }
        return sums.entrySet().stream().map(e -> new SearchAnalytics.QueryStats(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(SearchAnalytics.QueryStats::searches).reversed()
                        .thenComparing(SearchAnalytics.QueryStats::query))
                .toList();
    }

    /** The hits opened from {@code from} to {@code to}, with the query they were found by. */
    List<SearchAnalytics.ClickStats> clicks(LocalDate from, LocalDate to) {
        flush();
        Map<String, SearchAnalytics.ClickStats> sums = new java.util.HashMap<>();
        for (ClickCount count : mongo.find(days(from, to), ClickCount.class)) {
            sums.merge(count.query() + "/" + count.hitId(), new SearchAnalytics.ClickStats(count.query(), count.hitId(),
                    count.title(), count.clicks()), (a, b) -> new SearchAnalytics.ClickStats(a.query(), a.hitId(), b.title(),
                    a.clicks() + b.clicks()));
        }
        return sums.values().stream().sorted(Comparator.comparingLong(SearchAnalytics.ClickStats::clicks).reversed()
                .thenComparing(SearchAnalytics.ClickStats::query)).toList();
    }

    /** Keys from the first day's to the day after the last's: one range of the {@code _id} index. */
    private static Query days(LocalDate from, LocalDate to) {
        return Query.query(Criteria.where("_id").gte(from + "/").lt(to.plusDays(1) + "/"));
    }

    private LocalDate today() {
        return zone.dateOf(clock.instant());
    }

    private static String key(LocalDate day, String query) {
        return day + "/" + query;
    }

    /** The query as counted: trimmed, inner spaces collapsed, Latin letters in lower case, at most 100 characters. */
    static String normalize(String text) {
        String query = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    /** Writes what is still in memory when the application stops. */
    @Override
    public void destroy() {
        flush();
    }

    private static final class Pending {
        final LocalDate day;
        final String query;
        final LongAdder searches = new LongAdder();
        final LongAdder zeroResults = new LongAdder();

        Pending(LocalDate day, String query) {
            this.day = day;
            this.query = query;
        }
    }

    private static final class PendingClick {
        final LocalDate day;
        final String query;
        final String hitId;
        final String title;
        final LongAdder count = new LongAdder();

        PendingClick(LocalDate day, String query, String hitId, String title) {
            this.day = day;
            this.query = query;
            this.hitId = hitId;
            this.title = title;
        }
    }

    @Document("search_queries")
    record QueryCount(@Id String id, String day, String query, long searches, long zeroResults) {
    }

    @Document("search_clicks")
    record ClickCount(@Id String id, String day, String query, String hitId, String title, long clicks) {
    }
}
