package org.wanqi.regulation;

import java.util.List;

/**
 * Published when regulations or their articles were written on this node (an import batch, an
 * edit): the regulations whose metadata changed, and the articles as they now are, to (re)index.
 */
public record RegulationsChanged(List<String> regulationIds, List<ArticleDetails> articles) {
}
