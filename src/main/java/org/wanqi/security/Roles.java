package org.wanqi.security;

/** Role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String OFFICER = "OFFICER";
    public static final String TRAINER = "TRAINER";
    public static final String ENTERPRISE = "ENTERPRISE";

    private Roles() {
    }
}
