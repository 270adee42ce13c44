package org.wanqi.search;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The statute articles people ask about most: how many different judged questions each article
 * answered ({@code search/asked-articles.txt}, learned by {@code VocabularyLearner}, only articles
 * that answered at least two). Some articles are the answer to a whole family of everyday questions
 * (民法典 第一千一百六十五条, fault liability; 劳动合同法 第七条, the employment relationship), and a
 * search lifts them a little, as a search engine lifts what its users open most.
 */
@Component
class AskedArticles {

    /** How many questions each article answered, by the {@link RegulationIndex#key} of its group. */
    private final Map<Long, Integer> times = new HashMap<>();
    private final int most;

    AskedArticles() {
        this(read("search/asked-articles.txt"));
    }

    /** How many questions each article (by group key) answered. */
    AskedArticles(Map<String, Integer> times) {
        times.forEach((group, count) -> this.times.put(RegulationIndex.key(group), count));
        most = times.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static Map<String, Integer> read(String resource) {
        Map<String, Integer> times = new HashMap<>();
        for (String line : QueryRewriter.lines(resource)) {
            String[] parts = line.split("\\s+");
            times.put(parts[0], Integer.parseInt(parts[1]));
        }
        return times;
    }

    /**
     * How much the article with this group (its {@link RegulationIndex#key}) is asked about, from 0
     * (not among the asked articles) to 1 (the most asked), on a log scale.
     */
    float share(long group) {
        Integer asked = times.get(group);
        return asked == null ? 0f : (float) (Math.log1p(asked) / Math.log1p(most));
    }
}
