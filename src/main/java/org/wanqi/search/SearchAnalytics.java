package org.wanqi.search;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * For trainers: what people searched for over a period, what found nothing, and which hits they
 * opened — what to write next, and what the search misses.
 */
@Service
public class SearchAnalytics {

    /** A query and how often it was asked, and found nothing. */
    public record QueryStats(String query, long searches, long zeroResults) {
    }

    /** A hit opened from a search, and how often. */
    public record ClickStats(String query, String hitId, String title, long clicks) {
    }

    /** The figures of one period. */
    public record Report(List<QueryStats> topQueries, List<QueryStats> zeroResultQueries, List<ClickStats> openedHits) {
    }

    private final SearchLog log;

    SearchAnalytics(SearchLog log) {
        this.log = log;
    }

    /** {@code from} to {@code to} are business days, inclusive; each list has at most {@code limit} rows. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Report report(LocalDate from, LocalDate to, int limit) {
        List<QueryStats> queries = log.queries(from, to);
        return new Report(queries.stream().limit(limit).toList(),
                queries.stream().filter(q -> q.zeroResults() > 0)
                        .sorted(Comparator.comparingLong(QueryStats::zeroResults).reversed()).limit(limit).toList(),
                log.clicks(from, to).stream().limit(limit).toList());
    }
}
