package org.wanqi.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Issues signed bearer tokens for the REST API in exchange for a username and password. */
@Service
public class TokenService {

    static final String ISSUER = "wanqi";

    private final WanqiAuthenticationProvider authentication;
    private final JwtEncoder encoder;
    private final SecurityProperties properties;
    private final Clock clock;

    TokenService(WanqiAuthenticationProvider authentication, JwtEncoder encoder, SecurityProperties properties,
                 Clock clock) {
        this.authentication = authentication;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Anyone may ask; the password decides. Throws an {@code AuthenticationException} for wrong
     * credentials, a disabled account or a locked username.
     */
    public IssuedToken issue(String username, String password) {
        var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        WanqiUser user = (WanqiUser) result.getPrincipal();
        if (user.mustChangePassword()) {
            throw new CredentialsExpiredException("A temporary password must be replaced on the web first");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenLifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.id())
                .claim("preferred_username", user.getUsername())
                .claim("roles", user.roles().stream().map(Enum::name).toList())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
