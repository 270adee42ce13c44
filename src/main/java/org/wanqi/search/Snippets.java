package org.wanqi.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The best sentences of a hit's text with the query's terms marked: HTML-escaped, matches in
 * {@code <mark>}. The terms are the character bigrams (and, for short queries, single characters)
 * the analysis made of the query, so finding them in the text is finding substrings — no second
 * pass over the index, which made highlighting a quarter of a search's time.
 */
final class Snippets {

    private static final int PLAIN_LENGTH = 120;
    private static final String SENTENCE_ENDS = "。；！？\n";

    private Snippets() {
    }

    static String of(String text, Collection<String> terms, int passages) {
        String folded = fold(text);
        boolean[] marked = new boolean[text.length()];
        boolean any = false;
        for (String term : terms) {
            String wanted = fold(term);
            if (wanted.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
                for (int i = at; i < at + wanted.length() && i < marked.length; i++) {
                    marked[i] = true;
                }
                any = true;
            }
        }
        if (!any) {
            return HtmlUtils.htmlEscape(text.length() > PLAIN_LENGTH ? text.substring(0, PLAIN_LENGTH) + "…" : text);
        }
        List<int[]> sentences = sentences(text);
        List<int[]> best = sentences.stream()
                .sorted(Comparator.comparingInt((int[] s) -> -count(marked, s)).thenComparingInt(s -> s[0]))
                .limit(passages).filter(s -> count(marked, s) > 0)
                .sorted(Comparator.comparingInt(s -> s[0])).toList();
        StringBuilder snippet = new StringBuilder();
        int previousEnd = -1;
        for (int[] sentence : best) {
            if (previousEnd >= 0 && sentence[0] > previousEnd) {
                snippet.append('…');
            }
            append(snippet, text, marked, sentence[0], sentence[1]);
            previousEnd = sentence[1];
        }
        if (previousEnd < text.length()) {
            snippet.append('…');
        }
        return snippet.toString();
    }

    /** The text's sentences as [start, end) ranges, each ending with its punctuation. */
    private static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(new int[] {start, text.length()});
        }
        return sentences;
    }

    private static int count(boolean[] marked, int[] range) {
        int n = 0;
        for (int i = range[0]; i < range[1]; i++) {
            n += marked[i] ? 1 : 0;
        }
        return n;
    }

    private static void append(StringBuilder snippet, String text, boolean[] marked, int from, int to) {
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (marked[i] != open) {
                snippet.append(open ? "</mark>" : "<mark>");
                open = marked[i];
            }
            escape(snippet, text.charAt(i));
        }
        if (open) {
            snippet.append("</mark>");
        }
    }

    private static void escape(StringBuilder html, char c) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }

    /** As the analysis compares: full-width Latin letters and digits as half-width, lower case; one char for one char. */
    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            folded.append(Character.toLowerCase(c));
        }
        return folded.toString();
    }
}
