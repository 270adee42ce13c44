package org.wanqi.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Turns a plain-language question into what statutes say: question words (什么, 怎么办, 是否 …) are
 * taken out, and everyday words add the legal terms for them (老板 → 用人单位, 房东 → 出租人). The
 * lists are {@code search/question-words.txt} and {@code search/vocabulary.txt}.
 */
@Component
class QueryRewriter {

    static final int MAX_LEARNED_TERMS = 20;

    /** The question without its question words, and the legal terms its everyday words stand for. */
    record Rewritten(String text, List<String> expansions) {
    }

    private final List<String> questionWords;
    private final Map<String, List<String>> vocabulary;
    private final Map<String, List<String>> learned;
    /** Each learned word's place in {@link #learned} (which breaks ties between terms), and the words' lengths. */
    private final Map<String, Integer> learnedRank = new HashMap<>();
    private final SortedSet<Integer> learnedLengths = new TreeSet<>();

    QueryRewriter() {
        questionWords = lines("search/question-words.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        vocabulary = entries("search/vocabulary.txt");
        learned = entries("search/learned-vocabulary.txt");
        learned.keySet().removeAll(vocabulary.keySet());
        learned.keySet().forEach(word -> {
            learnedRank.put(word, learnedRank.size());
            learnedLengths.add(word.length());
        });
    }

    /** The {@code word => terms} lines of {@code file}, longest words first. */
    private static Map<String, List<String>> entries(String file) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] sides = line.split("=>");
            if (sides.length != 2) {
                throw new IllegalStateException(file + ": not 'word => terms': " + line);
            }
            entries.put(sides[0].strip(), List.of(sides[1].strip().split("\\s+")));
        }
        Map<String, List<String>> longestFirst = new LinkedHashMap<>();
        entries.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getKey().length()).reversed())
                .forEach(e -> longestFirst.put(e.getKey(), e.getValue()));
        return longestFirst;
    }

    Rewritten rewrite(String query) {
        StringBuilder marked = new StringBuilder(query);
        Set<String> expansions = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> entry : vocabulary.entrySet()) {
            int at = marked.indexOf(entry.getKey());
            if (at >= 0) {
                expansions.addAll(entry.getValue());
                for (int i = at; i < at + entry.getKey().length(); i++) {
                    marked.setCharAt(i, '\u0000');
                }
            }
        }
        expansions.addAll(learnedTerms(marked.toString()));
        String text = query;
        for (String word : questionWords) {
            text = text.replace(word, " ");
        }
        return new Rewritten(text.strip(), new ArrayList<>(expansions));
    }

    /**
     * The learned terms for the words of {@code query}: those that most of its words point to first,
     * at most {@link #MAX_LEARNED_TERMS} (every added term costs the search a look-up and a scorer).
     */
    private List<String> learnedTerms(String query) {
        SortedMap<Integer, List<String>> found = new TreeMap<>();
        for (int length : learnedLengths) {
            for (int at = 0; at + length <= query.length(); at++) {
                String word = query.substring(at, at + length);
                Integer rank = learnedRank.get(word);
                if (rank != null) {
                    found.putIfAbsent(rank, learned.get(word));
                }
            }
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        found.values().forEach(terms -> terms.forEach(term -> votes.merge(term, 1, Integer::sum)));
        votes.keySet().removeIf(query::contains);
        return votes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_LEARNED_TERMS).map(Map.Entry::getKey).toList();
    }

    /** The lines of a list of the search's ({@code search/*.txt}), without blank lines and # comments. */
    static List<String> lines(String resource) {
        var in = QueryRewriter.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
