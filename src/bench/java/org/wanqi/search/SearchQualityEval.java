package org.wanqi.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;
import org.wanqi.security.SystemTasks;

/**
 * Search quality on the STARD training queries: imports {@code ../shared/data/laws/articles.jsonl.gz}
 * through the importer, runs every query of {@code ../shared/data/stard/train_queries.jsonl} through
 * {@link RegulationSearch} (the service behind the REST API) and prints Recall@10, Recall@100 and
 * MRR@10, with the law in force only (the default) and with every version searchable. The corpus is
 * imported once into {@code args[1]} (default {@code target/bench-search-data}) and reused.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.search.SearchQualityEval}
 */
public final class SearchQualityEval {

    private SearchQualityEval() {
    }

    /** The variants tried with -Dgrid=true: the default, then one change at a time. */
    private static List<RegulationSearch.Weights> grid() {
        RegulationSearch.Weights d = RegulationSearch.Weights.DEFAULT;
        return List.of(d, d.withAsked(0), d.withAsked(0.1f), d.withAsked(0.5f), d.withDepthAndTerms(50, 24));
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path store = Path.of(args.length > 1 ? args[1] : "target/bench-search-data");
        try (ConfigurableApplicationContext app = StatuteCorpus.open(data, store)) {
            SystemTasks system = app.getBean(SystemTasks.class);
            List<SearchQuality.Judged> all = SearchQuality.read(data.resolve("stard/train_queries.jsonl"));
            // -Dfold=odd: only the odd-numbered questions, held out when VocabularyLearner learned from the even ones
            List<SearchQuality.Judged> queries = "odd".equals(System.getProperty("fold"))
                    ? java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 2 == 1).mapToObj(all::get).toList() : all;
            RegulationSearch search = app.getBean(RegulationSearch.class);
            if (!Boolean.getBoolean("grid")) {
                for (boolean allVersions : List.of(false, true)) {
                    SearchQuality.Figures figures = system.call(() -> SearchQuality.measure(search, queries, allVersions));
                    System.out.printf(Locale.ROOT, "%s: %s%n", allVersions ? "all versions" : "law in force (default)", figures);
                }
            } else {
                int limit = Integer.getInteger("limit", 100);
                for (RegulationSearch.Weights w : grid()) {
                    search.weights(w);
                    System.out.printf(Locale.ROOT, "%s: %s%n", w, system.call(() -> SearchQuality.measureRanking(search, queries, false, limit)));
                }
            }
        }
    }
}
