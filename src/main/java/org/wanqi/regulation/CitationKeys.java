package org.wanqi.regulation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name for one cited article, whatever the version: {@code 固体废物污染环境防治法#79#0} for
 * 《中华人民共和国固体废物污染环境防治法》第七十九条. Read from a citation in its written form (as the
 * citation picker stores them: the law's title, then the article number); abbreviations such as
 * 大气法 are resolved by the search, not here.
 */
public final class CitationKeys {

    private static final Pattern WRITTEN = Pattern.compile("^(.+?)\\s*(第\\s*" + ArticleNumber.NUMERAL + "\\s*条(?:之.+)?)$");

    private CitationKeys() {
    }

    public static String of(String shortTitle, ArticleNumber number) {
        return shortTitle + "#" + number.value() + "#" + number.suffix();
    }

    /** The key of a citation written as 《title》第X条; empty when it is not one. */
    public static Optional<String> of(String citation) {
        if (citation == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(citation.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String law = Titles.normalize(m.group(1));
        return law.isEmpty() ? Optional.empty() : ArticleNumber.parse(m.group(2)).map(number -> of(law, number));
    }
}
