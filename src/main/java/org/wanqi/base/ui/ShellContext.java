package org.wanqi.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the shell needs to know of the signed-in user. The security module implements it, so the
 * shell does not depend on it.
 */
public interface ShellContext {

    Optional<ShellUser> currentUser();

    /** Remembers the user's language for their next sign-in. */
    void rememberLocale(Locale locale);

    /** @param unitName the unit (or, for an enterprise user, the enterprise) shown beside the name */
    record ShellUser(String displayName, String unitName, Locale locale) {
    }
}
