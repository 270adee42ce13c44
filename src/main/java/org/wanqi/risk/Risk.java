package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.base.DomainException;
import org.wanqi.security.Role;

/**
 * A risk (隐患) found at an enterprise, followed until an officer verifies it closed. The rules of
 * its lifecycle live here: an illegal move or a move by the wrong role is refused by the risk
 * itself, whatever the caller.
 */
@Document("risks")
class Risk {

    @Id
    String id;
    String enterpriseId;
    String enterpriseName;
    String regionCode;
    String visitId;
    RiskCategory category;
    Severity severity;
    String description;
    List<String> citations = new ArrayList<>();
    LocalDate deadline;
    String responsible;
    RiskStatus status = RiskStatus.OPEN;
    List<RiskEvent> history = new ArrayList<>();
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    /** Moves the risk to {@code to}, recording who, when, why and with which evidence. */
    void moveTo(RiskStatus to, Set<Role> roles, String actor, String actorName, String reason, List<String> evidenceIds,
                Instant at) {
        if (!status.canMoveTo(to)) {
            throw new DomainException("risk.error.illegal-transition");
        }
        if (!status.allows(to, roles)) {
            throw new AccessDeniedException("Role " + roles + " may not move a risk from " + status + " to " + to);
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (status.needsReason(to) && !hasReason) {
            throw new DomainException("risk.error.reason-required");
        }
        if (to == RiskStatus.PENDING_VERIFICATION && !hasReason && (evidenceIds == null || evidenceIds.isEmpty())) {
            throw new DomainException("risk.error.evidence-required");
        }
        history.add(new RiskEvent(at, actor, actorName, status, to, hasReason ? reason.strip() : null, evidenceIds, null, null));
        status = to;
        updatedAt = at;
    }

    /** A supervisor gives the enterprise more time; the reason is required and the new date must be later. */
    void extendDeadline(LocalDate newDeadline, Set<Role> roles, String actor, String actorName, String reason, Instant at) {
        if (!roles.contains(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors extend deadlines");
        }
        if (status == RiskStatus.CLOSED) {
            throw new DomainException("risk.error.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("risk.error.reason-required");
        }
        if (newDeadline == null || !newDeadline.isAfter(deadline)) {
            throw new DomainException("risk.error.deadline-not-later", deadline.toString());
        }
        history.add(new RiskEvent(at, actor, actorName, status, status, reason.strip(), List.of(), deadline, newDeadline));
        deadline = newDeadline;
        updatedAt = at;
    }

    /** Past its deadline and not closed, on the business day {@code today}. */
    boolean overdue(LocalDate today) {
        return status != RiskStatus.CLOSED && deadline != null && today.isAfter(deadline);
    }
}
