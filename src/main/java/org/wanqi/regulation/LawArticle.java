package org.wanqi.regulation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One article of one version of a regulation. A document without articles (some standards and
 * notices) is one record with an empty number.
 */
@Document("law_articles")
class LawArticle {

    @Id
    String id;
    String regulationId;
    /** The regulation's full title. */
    String law;
    String shortTitle;
    LocalDate versionDate;
    RegulationStatus status;
    /** As written: 第一百二十条之一; empty for a document without articles. */
    String number;
    /** 120 for 第一百二十条之一; 0 when there is no number. */
    int numberValue;
    /** 1 for 第一百二十条之一. */
    int numberSuffix;
    /** Position in its version, for previous/next. */
    int ordinal;
    /** The chapter path: part and chapter as written, e.g. 第七章 法律责任. */
    String chapter;
    String text;
    RegulationLevel level;
    /** A digest of everything above: a re-import rewrites the article only when it differs. */
    String contentHash;
    Instant updatedAt;
}
