package org.wanqi.visit;

import java.time.Instant;
import java.util.List;

/**
 * Published once a new visit is stored, for modules that follow visits (a random inspection's task is
 * closed by the 双随机抽查 visit to its enterprise; the analytics rollups count it). Listeners run in
 * the submitting request. {@code campaignId} is null for a visit outside any campaign.
 */
public record VisitLogged(String visitId, String enterpriseId, VisitType type, Instant startedAt, List<String> officerIds,
                          String unitId, String campaignId, List<String> riskIds) {
}
