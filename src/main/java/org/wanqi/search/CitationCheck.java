package org.wanqi.search;

/**
 * A citation as someone wrote it (大气法108条, 《固体废物污染环境防治法》第七十九条), checked against the
 * knowledge base: which article it names, and whether that article is in force.
 *
 * @param written   as typed
 * @param citation  the canonical form, 《title》第X条, or the text as typed when no law was recognised
 * @param articleId the article's current version (or its latest one, when none is current); null when unknown
 */
public record CitationCheck(String written, String citation, Verdict verdict, String articleId) {

    public enum Verdict {
        /** The article exists in the law in force. */
        IN_FORCE,
        /** The article exists only in a repealed law or in replaced versions. */
        NOT_IN_FORCE,
        /** The law is known but has no such article. */
        NO_SUCH_ARTICLE,
        /** The law is known but its text has not been imported: the article cannot be checked. */
        UNCHECKED,
        /** No law is recognised in the text. */
        UNKNOWN_LAW
    }

    public boolean warns() {
        return verdict != Verdict.IN_FORCE && verdict != Verdict.UNCHECKED;
    }
}
