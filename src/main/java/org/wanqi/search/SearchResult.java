package org.wanqi.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the number of matching documents, and counts per facet value among the best matches.
 *
 * @param facets facet → value → count ({@code level}, {@code status}, {@code authority}, {@code topic}, {@code kind})
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /**
     * One statute article or knowledge article found.
     *
     * @param kind      {@code article} (a statute's) or {@code knowledge} (a trainer's article)
     * @param law       the regulation's full title; empty for a knowledge article
     * @param articleNo the number as written; empty for a knowledge article or a document without articles
     * @param title     what to show as the hit's heading
     * @param snippet   the best passages, HTML-escaped, matches in {@code <mark>}
     * @param status    the article's {@code RegulationStatus}, or {@code PUBLISHED} for a knowledge article
     */
    public record Hit(String id, String kind, String regulationId, String law, String articleNo, String title,
                      String snippet, float score, String status, String versionDate) {

        public boolean isKnowledge() {
            return RegulationIndex.KNOWLEDGE.equals(kind);
        }
    }
}
