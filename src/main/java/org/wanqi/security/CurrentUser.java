package org.wanqi.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or UI session, for services that scope by user. */
@Component
public class CurrentUser {

    public Optional<WanqiUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WanqiUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public WanqiUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
