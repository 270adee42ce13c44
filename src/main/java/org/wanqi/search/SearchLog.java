package org.wanqi.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;

/**
 * What people search for and what they open, counted per business day: the trainers' guide to
 * what to write next. Counts gather in memory; every few seconds the counts of that window are
 * inserted as one document ({@code search_log}, key {@code <day>/<epoch ms>/<random>}) — an insert,
 * never an update, so a busy search box costs one small write per window. A period's figures sum
 * the windows of its days, a range of keys. A crash loses the last seconds of counts: they are
 * statistics, not records anyone acknowledged.
 */
@Component
class SearchLog implements DisposableBean {

    static final int MAX_QUERY = 100;

    private final MongoTemplate mongo;
    private final BusinessZone zone;
    private final Clock clock;
    private volatile Window current = new Window();

    SearchLog(MongoTemplate mongo, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.zone = zone;
        this.clock = clock;
    }

    /** Someone searched for {@code text} and found {@code total} documents. */
    void asked(String text, long total) {
        String query = normalize(text);
        if (!query.isEmpty()) {
            current.asked(query, total == 0);
        }
    }

    /** Someone searched for {@code text} and opened the hit {@code hitId} ({@code title}). */
    void opened(String text, String hitId, String title) {
        String query = normalize(text);
        if (!query.isEmpty() && hitId != null) {
            current.opened(query, hitId, title);
        }
    }

    @Scheduled(fixedDelayString = "PT5S")
    synchronized void flush() {
        Window done = current;
        current = new Window();
        if (done.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        mongo.insert(new Counts(zone.dateOf(now) + "/" + String.format(Locale.ROOT, "%013d", now.toEpochMilli()) + "/"
                + new ObjectId().toHexString(),
                done.queries.entrySet().stream().map(e -> new QueryCount(e.getKey(), e.getValue()[0].sum(), e.getValue()[1].sum())).toList(),
                done.clicks.values().stream().map(c -> new ClickCount(c.query, c.hitId, c.title, c.count.sum())).toList()));
    }

    /** The queries asked from {@code from} to {@code to} (business days, inclusive), summed over the days. */
    List<SearchAnalytics.QueryStats> queries(LocalDate from, LocalDate to) {
        flush();
        Map<String, long[]> sums = new HashMap<>();
        for (Counts window : mongo.find(days(from, to), Counts.class)) {
            for (QueryCount count : window.queries()) {
                long[] sum = sums.computeIfAbsent(count.query(), q -> new long[2]);
                sum[0] += count.searches();
                sum[1] += count.zeroResults();
            }
        }
        return sums.entrySet().stream().map(e -> new SearchAnalytics.QueryStats(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(SearchAnalytics.QueryStats::searches).reversed()
                        .thenComparing(SearchAnalytics.QueryStats::query))
                .toList();
    }

    /** The hits opened from {@code from} to {@code to}, with the query they were found by. */
    List<SearchAnalytics.ClickStats> clicks(LocalDate from, LocalDate to) {
        flush();
        Map<String, SearchAnalytics.ClickStats> sums = new HashMap<>();
        for (Counts window : mongo.find(days(from, to), Counts.class)) {
            for (ClickCount count : window.clicks()) {
                sums.merge(count.query() + "/" + count.hitId(), new SearchAnalytics.ClickStats(count.query(), count.hitId(),
                        count.title(), count.clicks()), (a, b) -> new SearchAnalytics.ClickStats(a.query(), a.hitId(), b.title(),
                        a.clicks() + b.clicks()));
            }
        }
        return sums.values().stream().sorted(Comparator.comparingLong(SearchAnalytics.ClickStats::clicks).reversed()
                .thenComparing(SearchAnalytics.ClickStats::query)).toList();
    }

    /** Keys from the first day's to the day after the last's: one range of the {@code _id} index. */
    private static Query days(LocalDate from, LocalDate to) {
        return Query.query(Criteria.where("_id").gte(from + "/").lt(to.plusDays(1) + "/"));
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

    /** The counts of one window, while it is open. */
    private static final class Window {
        final Map<String, LongAdder[]> queries = new ConcurrentHashMap<>();
        final Map<String, PendingClick> clicks = new ConcurrentHashMap<>();

        void asked(String query, boolean nothingFound) {
            LongAdder[] counts = queries.computeIfAbsent(query, q -> new LongAdder[] {new LongAdder(), new LongAdder()});
            counts[0].increment();
            if (nothingFound) {
                counts[1].increment();
            }
        }

        void opened(String query, String hitId, String title) {
            clicks.computeIfAbsent(query + "/" + hitId, key -> new PendingClick(query, hitId, title)).count.increment();
        }

        boolean isEmpty() {
            return queries.isEmpty() && clicks.isEmpty();
        }
    }

    private record PendingClick(String query, String hitId, String title, LongAdder count) {
        PendingClick(String query, String hitId, String title) {
            this(query, hitId, title, new LongAdder());
        }
    }

    @Document("search_log")
    record Counts(@Id String id, List<QueryCount> queries, List<ClickCount> clicks) {
    }

    record QueryCount(String query, long searches, long zeroResults) {
    }

    record ClickCount(String query, String hitId, String title, long clicks) {
    }
}
