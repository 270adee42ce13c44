package org.wanqi.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a valid token into the user it names ({@link BearerUsers}): a disabled or deleted user's
 * tokens stop working, and role changes apply, at the next request on this node and within a few
 * seconds on the others.
 */
final class BearerUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final BearerUsers users;

    BearerUserConverter(BearerUsers users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        WanqiUser user = users.find(jwt.getSubject())
                .orElseThrow(() -> new InvalidBearerTokenException("Unknown or disabled user"));
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
