package org.wanqi.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.BusinessZone;
import org.wanqi.regulation.RegulationDetails;
import org.wanqi.regulation.RegulationsChanged;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;

/**
 * What to offer while someone types in the search box: titles and short names of regulations,
 * titles of knowledge articles, and — for staff, never for enterprise users, whose colleagues'
 * queries might name other enterprises — the queries most asked in the last 30 days.
 */
@Service
public class SearchSuggestions {

    /** One suggestion: the text to search for, and where it comes from. */
    public record Suggestion(String text, Source source) {
    }

    public enum Source { REGULATION, KNOWLEDGE, POPULAR }

    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static final int POPULAR = 200;

    private final CitationResolver citations;
    private final RegulationIndex index;
    private final SearchLog log;
    private final CurrentUser currentUser;
    private final BusinessZone zone;
    private final Clock clock;
    private final Cached<List<String>> knowledgeTitles;
    private final Cached<List<String>> popularQueries;

    SearchSuggestions(CitationResolver citations, RegulationIndex index, SearchLog log, CurrentUser currentUser,
                      BusinessZone zone, Clock clock) {
        this.citations = citations;
        this.index = index;
        this.log = log;
        this.currentUser = currentUser;
        this.zone = zone;
        this.clock = clock;
        this.knowledgeTitles = new Cached<>(index::knowledgeTitles);
        this.popularQueries = new Cached<>(this::readPopular);
    }

    /** At most {@code limit} suggestions containing {@code typed}, those starting with it first. */
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggest(String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Suggestion> found = new LinkedHashMap<>();
        for (RegulationDetails regulation : citations.regulations()) {
            List<String> names = new ArrayList<>(List.of(regulation.title(), regulation.shortTitle()));
            names.addAll(regulation.aliases());
            names.stream().filter(name -> matches(name, wanted))
                    .min(Comparator.comparing((String name) -> !name.toLowerCase(Locale.ROOT).startsWith(wanted))
                            .thenComparingInt(String::length))
                    .ifPresent(name -> found.putIfAbsent(regulation.shortTitle(), new Suggestion(name, Source.REGULATION)));
        }
        knowledgeTitles.get().stream().filter(title -> matches(title, wanted))
                .forEach(title -> found.putIfAbsent(title, new Suggestion(title, Source.KNOWLEDGE)));
        if (!currentUser.require().roles().contains(Role.ENTERPRISE)) {
            popularQueries.get().stream().filter(query -> matches(query, wanted))
                    .forEach(query -> found.putIfAbsent(query, new Suggestion(query, Source.POPULAR)));
        }
        return found.values().stream()
                .sorted(Comparator.comparing((Suggestion s) -> !s.text().toLowerCase(Locale.ROOT).startsWith(wanted))
                        .thenComparing(s -> s.source() == Source.POPULAR)
                        .thenComparingInt(s -> s.text().length()))
                .limit(limit).toList();
    }

    /** A knowledge article written on this node is offered at once (another node's within a minute). */
    @EventListener
    void on(RegulationsChanged changed) {
        if (!changed.knowledgeIds().isEmpty()) {
            knowledgeTitles.forget();
        }
    }

    private static boolean matches(String candidate, String wanted) {
        return candidate != null && candidate.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private List<String> readPopular() {
        LocalDate today = zone.dateOf(clock.instant());
        return log.queries(today.minusDays(29), today).stream().limit(POPULAR).map(SearchAnalytics.QueryStats::query).toList();
    }

    /** A value read again when it is older than a minute. */
    private final class Cached<T> {
        private final Supplier<T> read;
        private volatile T value;
        private volatile Instant readAt = Instant.EPOCH;

        Cached(Supplier<T> read) {
            this.read = read;
        }

        void forget() {
            value = null;
        }

        T get() {
            Instant now = clock.instant();
            if (value == null || readAt.plus(REFRESH).isBefore(now)) {
                value = read.get();
                readAt = now;
            }
            return value;
        }
    }
}
