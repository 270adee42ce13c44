package org.wanqi.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request or UI session, for services that scope by user. Reads
 * the security context through the application's strategy (Vaadin's, which also finds the user of a
 * UI session on a background thread).
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<WanqiUser> get() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WanqiUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public WanqiUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
