package org.wanqi.search.ui;

import java.util.List;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.SearchResult;

/** Where a hit's page is, and how a page opened from a search tells the trainers' figures which hit was opened. */
final class SearchLinks {

    /** The query parameter that carries the search a page was opened from. */
    static final String FROM_QUERY = "q";

    private SearchLinks() {
    }

    static String of(SearchResult.Hit hit) {
        return (hit.isKnowledge() ? "knowledge/" : "regulations/article/") + hit.id();
    }

    static String of(SearchResult.Hit hit, String query) {
        return of(hit) + "?" + QueryParameters.of(FROM_QUERY, query).getQueryString();
    }

    /** Counts the opening when the page was reached from a search (its address carries the query). */
    static void opened(RegulationSearch search, BeforeEnterEvent event, String id, String title) {
        List<String> query = event.getLocation().getQueryParameters().getParameters().getOrDefault(FROM_QUERY, List.of());
        if (!query.isEmpty() && !query.getFirst().isBlank()) {
            search.opened(query.getFirst(), id, title);
        }
    }
}
