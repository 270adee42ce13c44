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
import org.wanqi.files.Attachment;
import org.wanqi.security.Role;

/**
 * A risk (隐患) found at an enterprise, followed until an officer verifies it closed. The rules of
 * its lifecycle live here: an illegal move or a move by the wrong role is refused by the risk
 * itself, whatever the caller.
 */
@Document("risks")
class Risk {

    /** How many days ahead a deadline counts as due soon (the board's filter, the daily reminders). */
    static final int DUE_SOON_DAYS = 3;

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
    List<Attachment> attachments = new ArrayList<>();
    int attachmentSlots;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    /** A risk as found (OPEN): at an enterprise, on a visit (or not), recorded by {@code createdBy} at {@code at}. */
    static Risk found(String id, String enterpriseId, String enterpriseName, String regionCode, String visitId,
                      RiskCategory category, Severity severity, String description, List<String> citations,
                      LocalDate deadline, String responsible, String createdBy, Instant at) {
        Risk risk = new Risk();
        risk.id = id;
        risk.enterpriseId = enterpriseId;
        risk.enterpriseName = enterpriseName;
        risk.regionCode = regionCode;
        risk.visitId = visitId;
        risk.category = category;
        risk.severity = severity;
        risk.description = description;
        risk.citations = List.copyOf(citations);
        risk.deadline = deadline;
        risk.responsible = responsible;
        risk.createdBy = createdBy;
        risk.createdAt = at;
        risk.updatedAt = at;
        risk.version = 0L;
        return risk;
    }

    /** Moves the risk to {@code to}, recording who, when, why and with which evidence. */
    void moveTo(RiskStatus to, Set<Role> roles, String actor, String actorName, String reason, List<String> evidenceIds,
                Instant at) {
        if (!status.canMoveTo(to)) {
            throw new RiskRefusedException("risk.error.illegal-transition");
        }
        if (!status.allows(to, roles)) {
            throw new AccessDeniedException("Role " + roles + " may not move a risk from " + status + " to " + to);
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (status.needsReason(to) && !hasReason) {
            throw new RiskRefusedException("risk.error.reason-required");
        }
        List<String> evidence = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        if (to == RiskStatus.PENDING_VERIFICATION && !hasReason && evidence.isEmpty()) {
            throw new RiskRefusedException("risk.error.evidence-required");
        }
        if (!evidence.stream().allMatch(id -> attachments.stream().anyMatch(file -> file.id().equals(id)))) {
            throw new RiskRefusedException("risk.error.unknown-evidence");
        }
        history.add(new RiskEvent(at, actor, actorName, status, to, hasReason ? reason.strip() : null, evidence, null, null));
        status = to;
        updatedAt = at;
    }

    /** A supervisor gives the enterprise more time; the reason is required and the new date must be later. */
    void extendDeadline(LocalDate newDeadline, Set<Role> roles, String actor, String actorName, String reason, Instant at) {
        if (!roles.contains(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors extend deadlines");
        }
        if (status == RiskStatus.CLOSED) {
            throw new RiskRefusedException("risk.error.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new RiskRefusedException("risk.error.reason-required");
        }
        if (newDeadline == null || !newDeadline.isAfter(deadline)) {
            throw new RiskRefusedException("risk.error.deadline-not-later", deadline.toString());
        }
        history.add(new RiskEvent(at, actor, actorName, status, status, reason.strip(), List.of(), deadline, newDeadline));
        deadline = newDeadline;
        updatedAt = at;
    }

    /** Past its deadline and not closed, on the business day {@code today}. */
    boolean overdue(LocalDate today) {
        return overdue(status, deadline, today);
    }

    /** The one definition of overdue: past the deadline and not closed. */
    static boolean overdue(RiskStatus status, LocalDate deadline, LocalDate today) {
        return status != RiskStatus.CLOSED && deadline != null && today.isAfter(deadline);
    }

    /** Not closed, and the deadline is today or within the next {@link #DUE_SOON_DAYS} days. */
    static boolean dueSoon(RiskStatus status, LocalDate deadline, LocalDate today) {
        return status != RiskStatus.CLOSED && deadline != null && !deadline.isBefore(today)
                && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS));
    }
}
