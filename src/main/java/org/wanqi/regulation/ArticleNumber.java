package org.wanqi.regulation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's number: 第一百二十条之一 is article 120, suffix 1. Parsed from how statutes write it
 * and from how people type it (第108条, 108条, 一百零八条).
 *
 * @param value  the article's integer number
 * @param suffix the 之N suffix, 0 when there is none
 */
public record ArticleNumber(int value, int suffix) implements Comparable<ArticleNumber> {

    static final String NUMERAL = "[0-9零〇一二两三四五六七八九十百千]+";
    private static final Pattern WRITTEN = Pattern.compile(
            "^第?\\s*(" + NUMERAL + ")\\s*条(?:\\s*之\\s*([0-9一二三四五六七八九十]+))?$");

    public ArticleNumber {
        if (value <= 0 || suffix < 0) {
            throw new IllegalArgumentException("Not an article number: " + value + "/" + suffix);
        }
    }

    /** {@code 第一百二十条之一}, {@code 第108条}, {@code 108条}; empty when it is not an article number. */
    public static Optional<ArticleNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(m.group(1), m.group(2));
    }

    /** From the numeral and the optional suffix numeral, as a pattern captured them. */
    static Optional<ArticleNumber> of(String numeral, String suffixNumeral) {
        int value = ChineseNumerals.parse(numeral);
        int suffix = suffixNumeral == null ? 0 : ChineseNumerals.parse(suffixNumeral);
        return value > 0 && suffix >= 0 ? Optional.of(new ArticleNumber(value, suffix)) : Optional.empty();
    }

    /** As a statute writes it: 第一百二十条之一. */
    public String written() {
        return "第" + ChineseNumerals.format(value) + "条" + (suffix == 0 ? "" : "之" + ChineseNumerals.format(suffix));
    }

    @Override
    public int compareTo(ArticleNumber other) {
        return value != other.value ? Integer.compare(value, other.value) : Integer.compare(suffix, other.suffix);
    }
}
