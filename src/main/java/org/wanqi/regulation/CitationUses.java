package org.wanqi.regulation;

/**
 * Where statute articles are cited outside the knowledge base (the risks officers record): the
 * module that keeps those records implements it, so an article's page can say how often it is cited.
 */
public interface CitationUses {

    /** How many risks the caller may see cite the article with this {@link CitationKeys key}. */
    long risksCiting(String citationKey);
}
