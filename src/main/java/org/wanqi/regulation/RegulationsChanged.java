package org.wanqi.regulation;

import java.util.List;

/**
 * Published when regulations or their articles were written on this node (an import, an edit):
 * the ids to (re)index.
 */
public record RegulationsChanged(List<String> regulationIds, List<String> articleIds) {
}
