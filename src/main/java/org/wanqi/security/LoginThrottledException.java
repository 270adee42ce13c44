package org.wanqi.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because the username is locked after too many failures. */
public class LoginThrottledException extends AuthenticationException {

    private final transient Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("Too many failed sign-ins; locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
