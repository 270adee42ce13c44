package org.wanqi.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * Remembers the tokens whose signature was verified, so a client sending the same token with every
 * request costs one parse and one HMAC, not one per request. The token's times are checked again
 * at every use: an expired token is refused whether or not it was seen before.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> times = JwtValidators.createDefault();
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = verifier.decode(token);
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = times.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return jwt;
    }
}
