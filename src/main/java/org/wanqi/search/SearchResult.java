package org.wanqi.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the number of matching documents, and counts per facet value over all of them.
 *
 * @param facets facet → value → count ({@code level}, {@code status})
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /**
     * One article found.
     *
     * @param law       the regulation's full title
     * @param articleNo the number as written, empty for a document without articles
     * @param title     what to show as the hit's heading
     * @param snippet   the best passages, HTML-escaped, matches in {@code <mark>}
     */
    public record Hit(String id, String regulationId, String law, String articleNo, String title, String snippet,
                      float score, String status, String versionDate) {
    }
}
