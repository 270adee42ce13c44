package org.wanqi.security;

/** @param text part of a username or display name; {@code role} and {@code unitId} optional */
public record UserFilter(String text, Role role, String unitId) {

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
