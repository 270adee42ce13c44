package org.wanqi.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learns which statute words stand for a question's everyday words from judged questions: for each
 * question, the character bigrams of the articles judged relevant that the question does not contain
 * are counted against the question's own bigrams. An association is kept only when it holds across
 * several different questions, is likely given the word, and names a word that is not common in the
 * statutes — general vocabulary, not the answer to one question. Writes {@code word => terms} lines
 * as {@code search/vocabulary.txt} has them, and next to them {@code asked-articles.txt}: the articles
 * that answered at least as many different questions, and how many ({@link AskedArticles}).
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.search.VocabularyLearner
 * -Dbench.args="../shared/data src/main/resources/search/learned-vocabulary.txt [even]"}; with
 * {@code even} it learns from the even-numbered questions only, so that the odd ones can measure it.
 */
public final class VocabularyLearner {

    /** The least number of different questions an association must be seen in ({@code -DminQuestions}). */
    private static final int MIN_QUESTIONS = Integer.getInteger("minQuestions", 2);
    /** The least share of the questions with the word whose answers have the term ({@code -Dlikelihood}). */
    private static final double MIN_LIKELIHOOD = Double.parseDouble(System.getProperty("likelihood", "0.2"));
    /** Terms in more of the statutes' articles than this share say too little ({@code -DtermShare}). */
    private static final double MAX_TERM_SHARE = Double.parseDouble(System.getProperty("termShare", "0.02"));
    /** At most this many terms for a word ({@code -DtermsPerWord}). */
    private static final int TERMS_PER_WORD = Integer.getInteger("termsPerWord", 5);

    private VocabularyLearner() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean evenOnly = args.length > 2 && args[2].equals("even");
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> texts = new HashMap<>();
        Map<String, Integer> termArticles = new HashMap<>();
        int articles = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(shared.resolve("laws/articles.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode article = json.readTree(line);
                String text = article.get("text").asString();
                texts.merge(SearchQuality.key(article.get("law").asString(), article.get("article_no").asString()), text,
                        (kept, other) -> kept.length() >= other.length() ? kept : other);
                bigrams(text).forEach(term -> termArticles.merge(term, 1, Integer::sum));
                articles++;
            }
        }
        List<SearchQuality.Judged> questions = SearchQuality.read(shared.resolve("stard/train_queries.jsonl"));
        Map<String, Integer> wordQuestions = new HashMap<>();
        Map<String, Integer> articleQuestions = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        QueryRewriter rewriter = new QueryRewriter();
        for (int i = 0; i < questions.size(); i++) {
            if (evenOnly && i % 2 != 0) {
                continue;
            }
            SearchQuality.Judged question = questions.get(i);
            question.relevant().forEach(article -> articleQuestions.merge(article, 1, Integer::sum));
            Set<String> words = bigrams(rewriter.rewrite(question.query()).text());
            Set<String> answer = new HashSet<>();
            question.relevant().stream().map(texts::get).filter(java.util.Objects::nonNull).forEach(text -> answer.addAll(bigrams(text)));
            answer.removeAll(words);
            for (String word : words) {
                wordQuestions.merge(word, 1, Integer::sum);
                Map<String, Integer> terms = together.computeIfAbsent(word, w -> new HashMap<>());
                answer.forEach(term -> terms.merge(term, 1, Integer::sum));
            }
        }
        int kept = 0;
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println("# Learned by VocabularyLearner (src/bench) from judged questions (" + (evenOnly ? "the even-numbered" : "all")
                    + " STARD training questions)");
            writer.println("# and the statute articles judged relevant: a question's word => statute words seen with it in at least "
                    + MIN_QUESTIONS + " questions. Regenerate, do not edit.");
            for (String word : together.keySet().stream().sorted().toList()) {
                int asked = wordQuestions.get(word);
                double maxArticles = articles * MAX_TERM_SHARE;
                List<String> terms = together.get(word).entrySet().stream()
                        .filter(term -> term.getValue() >= MIN_QUESTIONS && term.getValue() >= MIN_LIKELIHOOD * asked)
                        .filter(term -> termArticles.getOrDefault(term.getKey(), 0) <= maxArticles)
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(TERMS_PER_WORD).map(Map.Entry::getKey).toList();
                if (!terms.isEmpty()) {
                    writer.println(word + " => " + String.join(" ", terms));
                    kept++;
                }
            }
        }
        System.out.printf("%d words, %d with learned terms, written to %s%n", together.size(), kept, out);
        writeAskedArticles(articleQuestions, out.resolveSibling("asked-articles.txt"), evenOnly);
    }

    /** The articles that answered at least {@code MIN_QUESTIONS} different questions, and how many. */
    private static void writeAskedArticles(Map<String, Integer> articleQuestions, Path out, boolean evenOnly) throws IOException {
        List<Map.Entry<String, Integer>> asked = articleQuestions.entrySet().stream().filter(e -> e.getValue() >= MIN_QUESTIONS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println("# Learned by VocabularyLearner (src/bench) from judged questions (" + (evenOnly ? "the even-numbered" : "all")
                    + " STARD training questions): the articles judged");
            writer.println("# relevant to at least " + MIN_QUESTIONS + " different questions, and to how many. Regenerate, do not edit.");
            asked.forEach(e -> writer.println(e.getKey() + " " + e.getValue()));
        }
        System.out.printf("%d asked-about articles, written to %s%n", asked.size(), out);
    }

    /** The text's bigrams of Chinese characters, as the analysis makes them. */
    static Set<String> bigrams(String text) {
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isIdeographic(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))) {
                bigrams.add(text.substring(i, i + 2));
            }
        }
        return bigrams;
    }
}
