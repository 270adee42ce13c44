package org.wanqi.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a valid token into the user it names, read fresh from MongoDB: a disabled or deleted
 * user's tokens stop working at once, and role changes apply to the next request.
 */
final class BearerUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UserAccountRepository users;

    BearerUserConverter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UserAccount account = users.findById(jwt.getSubject())
                .orElseThrow(() -> new InvalidBearerTokenException("Unknown user"));
        if (!account.enabled) {
            throw new DisabledException("Account disabled");
        }
        WanqiUser user = account.toPrincipal();
        user.eraseCredentials();
        return new BearerAuthentication(jwt, user);
    }

    /** A JWT authentication whose principal is the {@link WanqiUser}, like a browser session's. */
    static final class BearerAuthentication extends JwtAuthenticationToken {

        private final WanqiUser user;

        BearerAuthentication(Jwt jwt, WanqiUser user) {
            super(jwt, user.getAuthorities(), user.getUsername());
            this.user = user;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }
}
