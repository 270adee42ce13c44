package org.wanqi.search;

import org.wanqi.regulation.RegulationLevel;

/**
 * A search of the knowledge base.
 *
 * @param text       what the user typed: a question, words, a title or a citation
 * @param allVersions include repealed laws and replaced versions (default: the law in force only)
 * @param level      only this level, or null
 */
public record SearchQuery(String text, boolean allVersions, RegulationLevel level, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        offset = Math.max(0, offset);
        limit = Math.clamp(limit <= 0 ? 10 : limit, 1, MAX_LIMIT);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, false, null, 0, 10);
    }
}
