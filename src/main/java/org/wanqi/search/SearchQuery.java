package org.wanqi.search;

import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.RegulationLevel;

/**
 * A search of the knowledge base.
 *
 * @param text        what the user typed: a question, words, a title or a citation
 * @param allVersions include repealed laws and replaced versions (default: the law in force and published knowledge articles)
 * @param level       only statute articles of this level, or null
 * @param topic       only knowledge articles on this topic, or null
 * @param authority   only statute articles of regulations this authority issued, or null
 */
public record SearchQuery(String text, boolean allVersions, RegulationLevel level, KnowledgeTopic topic, String authority,
                          int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        offset = Math.max(0, offset);
        limit = Math.clamp(limit <= 0 ? 10 : limit, 1, MAX_LIMIT);
        authority = authority == null || authority.isBlank() ? null : authority.strip();
    }

    public SearchQuery(String text, boolean allVersions, RegulationLevel level, int offset, int limit) {
        this(text, allVersions, level, null, null, offset, limit);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, false, null, 0, 10);
    }
}
