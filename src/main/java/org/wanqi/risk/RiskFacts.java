package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What figures need to know of a risk at one moment: whose and where it is, what kind, when it was found,
 * its deadline and status, and when it was closed (null while open).
 */
public record RiskFacts(String id, String enterpriseId, String regionCode, RiskCategory category, Instant foundAt, LocalDate deadline,
                        RiskStatus status, Instant closedAt) {

    static RiskFacts of(Risk risk) {
        Instant closedAt = risk.status != RiskStatus.CLOSED ? null : risk.history.reversed().stream()
                .filter(event -> event.to() == RiskStatus.CLOSED && !event.isDeadlineExtension()).map(RiskEvent::at)
                .findFirst().orElse(risk.updatedAt);
        return new RiskFacts(risk.id, risk.enterpriseId, risk.regionCode, risk.category, risk.createdAt, risk.deadline, risk.status, closedAt);
    }
}
