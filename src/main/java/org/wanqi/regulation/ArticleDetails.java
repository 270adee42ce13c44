package org.wanqi.regulation;

import java.time.LocalDate;

/**
 * One article of one version of a regulation, as the search index, the REST API and the views read it.
 *
 * @param number as written (第一百二十条之一), empty for a document without articles
 */
public record ArticleDetails(String id, String regulationId, String law, String shortTitle, RegulationLevel level,
                             RegulationStatus status, LocalDate versionDate, String number, int numberValue,
                             int numberSuffix, int ordinal, String chapter, String text) {

    static ArticleDetails of(LawArticle a) {
        return new ArticleDetails(a.id, a.regulationId, a.law, a.shortTitle, a.level, a.status, a.versionDate, a.number,
                a.numberValue, a.numberSuffix, a.ordinal, a.chapter, a.text);
    }
}
