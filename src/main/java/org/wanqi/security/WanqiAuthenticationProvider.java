package org.wanqi.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.wanqi.audit.AuditEntry;

/**
 * Checks a username and password for both the browser sign-in and the token endpoint: refuses a
 * locked username, counts failures, and audits every attempt.
 */
@Component
class WanqiAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final String dummyHash;

    WanqiAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.dummyHash = passwordEncoder.encode("timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = UserAccount.normalize(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        Optional<Instant> lockedUntil = throttle.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            audit(username, "login.refused");
            throw new LoginThrottledException(lockedUntil.get());
        }
        Optional<UserAccount> account = users.findByUsername(username);
        boolean passwordMatches = passwordEncoder.matches(password, account.map(a -> a.passwordHash).orElse(dummyHash));
        if (account.isEmpty() || !passwordMatches) {
            audit(username, "login.failed");
            throttle.recordFailure(username);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.get().enabled) {
            audit(username, "login.disabled");
            throw new DisabledException("Account disabled");
        }
        throttle.reset(username);
        audit(username, "login.succeeded");
        WanqiUser user = account.get().toPrincipal();
        user.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void audit(String username, String action) {
        events.publishEvent(AuditEntry.of(username, "user", username, action));
    }
}
