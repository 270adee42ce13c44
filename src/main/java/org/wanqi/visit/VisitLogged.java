package org.wanqi.visit;

import java.time.Instant;
import java.util.List;

/**
 * Published once a new visit is stored, for modules that follow visits (a random inspection's task is
 * closed by the 双随机抽查 visit to its enterprise). Listeners run in the submitting request.
 */
public record VisitLogged(String visitId, String enterpriseId, VisitType type, Instant startedAt, List<String> officerIds,
                          String unitId, List<String> riskIds) {
}
