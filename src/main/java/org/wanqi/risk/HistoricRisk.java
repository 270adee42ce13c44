package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.wanqi.security.Role;

/**
 * A risk as it happened in the past (demo history, benchmark data): found on a visit, then moved
 * through {@code steps}. {@link RiskHistory} replays the steps through the lifecycle's own rules, so
 * history that could not have happened is refused.
 */
public record HistoricRisk(String id, String enterpriseId, String enterpriseName, String regionCode, String visitId,
                           RiskCategory category, Severity severity, String description, List<String> citations,
                           LocalDate deadline, String responsible, String createdBy, String createdByName, Instant createdAt,
                           List<Step> steps) {

    /** One move: when, by whom (username, display name, the role they acted in), to which status, why. */
    public record Step(Instant at, String actor, String actorName, Role role, RiskStatus to, String reason) {
    }
}
