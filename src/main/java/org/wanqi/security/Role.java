package org.wanqi.security;

/** What a user may do. Annotations use the names in {@link Roles}. */
public enum Role {
    /** Runs the system: users, settings, the audit log. */
    ADMIN,
    /** City or county leader: dispatch, campaigns, random inspections, analytics. */
    SUPERVISOR,
    /** Outreach and enforcement officer: visits, risks, advice. */
    OFFICER,
    /** Curates the knowledge base. */
    TRAINER,
    /** A person at one enterprise; sees only that enterprise. */
    ENTERPRISE;

    public String authority() {
        return "ROLE_" + name();
    }
}
