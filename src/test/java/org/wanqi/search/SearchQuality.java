package org.wanqi.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.wanqi.regulation.ArticleNumber;
import org.wanqi.regulation.Titles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The STARD measures: judged queries, and Recall@10, Recall@100 and MRR@10 of the search service over them. */
final class SearchQuality {

    record Judged(String query, Set<String> relevant) {
    }

    record Figures(int queries, double recallAt10, double recallAt100, double mrrAt10, double msPerQuery) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d queries: R@10 %.3f, R@100 %.3f, MRR@10 %.3f, %.1f ms a query",
                    queries, recallAt10, recallAt100, mrrAt10, msPerQuery);
        }
    }

    private SearchQuality() {
    }

    static List<Judged> read(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> {
            JsonNode node = json.readTree(line);
            Set<String> relevant = new HashSet<>();
            node.get("relevant").forEach(r -> relevant.add(key(r.get("law_norm").asString(), r.get("article_no").asString())));
            return new Judged(node.get("query").asString(), relevant);
        }).toList();
    }

    /** A hit counts by law title and article number, so two versions of an article count once. */
    static String key(String law, String articleNo) {
        String number = ArticleNumber.parse(articleNo).map(ArticleNumber::written).orElse(articleNo);
        return Titles.normalize(law) + "#" + number;
    }

    /** Runs every query through the full search (snippets, facets), as the REST API does. */
    static Figures measure(RegulationSearch search, List<Judged> queries, boolean allVersions) {
        return measure(query -> search.search(query).hits(), queries, allVersions);
    }

    /** Runs every query through the ranking alone (the same ranking, without snippets): for trying weights. */
    static Figures measureRanking(RegulationSearch search, List<Judged> queries, boolean allVersions) {
        return measure(search::rank, queries, allVersions, 100);
    }

    /** The ranking of the first {@code limit} hits, as a page of that size asks for them (R@100 is then R@limit). */
    static Figures measureRanking(RegulationSearch search, List<Judged> queries, boolean allVersions, int limit) {
        return measure(search::rank, queries, allVersions, limit);
    }

    private static Figures measure(java.util.function.Function<SearchQuery, List<SearchResult.Hit>> search,
                                   List<Judged> queries, boolean allVersions) {
        return measure(search, queries, allVersions, 100);
    }

    private static Figures measure(java.util.function.Function<SearchQuery, List<SearchResult.Hit>> search,
                                   List<Judged> queries, boolean allVersions, int limit) {
        double r10 = 0;
        double r100 = 0;
        double mrr = 0;
        long started = System.nanoTime();
        for (Judged judged : queries) {
            List<SearchResult.Hit> hits = search.apply(new SearchQuery(judged.query(), allVersions, null, 0, limit));
            Set<String> found10 = new HashSet<>();
            Set<String> found100 = new HashSet<>();
            double reciprocal = 0;
            for (int rank = 0; rank < hits.size(); rank++) {
                String key = key(hits.get(rank).law(), hits.get(rank).articleNo());
                if (judged.relevant().contains(key)) {
                    found100.add(key);
                    if (rank < 10) {
                        found10.add(key);
                        if (reciprocal == 0) {
                            reciprocal = 1.0 / (rank + 1);
                        }
                    }
                }
            }
            r10 += (double) found10.size() / judged.relevant().size();
            r100 += (double) found100.size() / judged.relevant().size();
            mrr += reciprocal;
        }
        int n = queries.size();
        return new Figures(n, r10 / n, r100 / n, mrr / n, (System.nanoTime() - started) / 1e6 / n);
    }
}
