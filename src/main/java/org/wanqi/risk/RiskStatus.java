package org.wanqi.risk;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.wanqi.security.Role;

/**
 * Where a risk is on its way to closure, and which moves are legal, by whom:
 * <pre>
 * OPEN ──acknowledge──▶ RECTIFYING ──submit evidence──▶ PENDING_VERIFICATION ──verify (销号)──▶ CLOSED
 *                            ▲                                   │
 *                            └──────────── reject (reason) ──────┘
 * </pre>
 * The enterprise acknowledges and submits evidence (officers may do so on its behalf); only
 * officers and supervisors verify or reject. Nothing leaves CLOSED.
 */
public enum RiskStatus {
    OPEN, RECTIFYING, PENDING_VERIFICATION, CLOSED;

    private static final Set<Role> ENTERPRISE_OR_STAFF = EnumSet.of(Role.ENTERPRISE, Role.OFFICER, Role.SUPERVISOR);
    private static final Set<Role> STAFF = EnumSet.of(Role.OFFICER, Role.SUPERVISOR);

    /** Who may make each legal move from this status. */
    Map<RiskStatus, Set<Role>> moves() {
        return switch (this) {
            case OPEN -> Map.of(RECTIFYING, ENTERPRISE_OR_STAFF);
            case RECTIFYING -> Map.of(PENDING_VERIFICATION, ENTERPRISE_OR_STAFF);
            case PENDING_VERIFICATION -> Map.of(CLOSED, STAFF, RECTIFYING, STAFF);
            case CLOSED -> Map.of();
        };
    }

    public boolean canMoveTo(RiskStatus to) {
        return moves().containsKey(to);
    }

    /** Whether someone with {@code roles} may move a risk from this status to {@code to}. */
    public boolean allows(RiskStatus to, Set<Role> roles) {
        Set<Role> allowed = moves().get(to);
        return allowed != null && roles.stream().anyMatch(allowed::contains);
    }

    /** A move that needs a reason: sending evidence back (PENDING_VERIFICATION → RECTIFYING). */
    boolean needsReason(RiskStatus to) {
        return this == PENDING_VERIFICATION && to == RECTIFYING;
    }
}
