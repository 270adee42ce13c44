package org.wanqi.regulation;

import java.util.List;

/**
 * Published when the knowledge base was written on this node (an import batch, an edit, a
 * knowledge article saved): the regulations whose metadata changed, the articles as they now are,
 * and the knowledge articles whose state or content changed — to (re)index. The same change is in
 * the {@link org.wanqi.base.mongo.ChangeFeed} (topics {@link #REGULATIONS}, {@link #ARTICLES},
 * {@link #KNOWLEDGE}) under {@code sequences}, for the other nodes, and for this one after a restart.
 */
public record RegulationsChanged(List<String> regulationIds, List<ArticleDetails> articles, List<String> knowledgeIds,
                                 List<Long> sequences) {

    public static final String REGULATIONS = "regulations";
    public static final String ARTICLES = "law-articles";
    public static final String KNOWLEDGE = "knowledge-articles";

    public RegulationsChanged {
        regulationIds = List.copyOf(regulationIds);
        articles = List.copyOf(articles);
        knowledgeIds = List.copyOf(knowledgeIds);
        sequences = List.copyOf(sequences);
    }

    static RegulationsChanged ofRegulations(List<String> ids) {
        return new RegulationsChanged(ids, List.of(), List.of(), List.of());
    }

    static RegulationsChanged ofArticles(List<ArticleDetails> articles) {
        return new RegulationsChanged(List.of(), articles, List.of(), List.of());
    }

    static RegulationsChanged ofKnowledge(List<String> ids) {
        return new RegulationsChanged(List.of(), List.of(), ids, List.of());
    }

    RegulationsChanged recordedAs(List<Long> sequences) {
        return new RegulationsChanged(regulationIds, articles, knowledgeIds, sequences);
    }
}
