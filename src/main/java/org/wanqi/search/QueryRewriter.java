package org.wanqi.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Turns a plain-language question into what statutes say: question words (什么, 怎么办, 是否 …) are
 * taken out, and everyday words add the legal terms for them (老板 → 用人单位, 房东 → 出租人). The
 * lists are {@code search/question-words.txt} and {@code search/vocabulary.txt}.
 */
@Component
class QueryRewriter {

    /** The question without its question words, and the legal terms its everyday words stand for. */
    record Rewritten(String text, List<String> expansions) {
    }

    private final List<String> questionWords;
    private final Map<String, List<String>> vocabulary;

    QueryRewriter() {
        questionWords = lines("search/question-words.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (String file : List.of("search/vocabulary.txt", "search/learned-vocabulary.txt")) {
            for (String line : lines(file)) {
                String[] sides = line.split("=>");
                if (sides.length != 2) {
                    throw new IllegalStateException(file + ": not 'word => terms': " + line);
                }
                entries.merge(sides[0].strip(), List.of(sides[1].strip().split("\\s+")), (written, learned) -> written);
            }
        }
        vocabulary = new LinkedHashMap<>();
        entries.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getKey().length()).reversed())
                .forEach(e -> vocabulary.put(e.getKey(), e.getValue()));
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
        String text = query;
        for (String word : questionWords) {
            text = text.replace(word, " ");
        }
        return new Rewritten(text.strip(), new ArrayList<>(expansions));
    }

    private static List<String> lines(String resource) {
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
