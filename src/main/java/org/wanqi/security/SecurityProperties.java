package org.wanqi.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins   failed attempts for one username, within {@code failureWindow}, before it is locked
 * @param failureWindow     how far back failed attempts count
 * @param lockDuration      how long a locked username is refused
 * @param tokenLifetime     how long a bearer token is valid
 * @param jwtSecret         HMAC key for bearer tokens (32+ bytes); when blank, one is generated once and kept in MongoDB
 * @param adminPassword     the first admin's password when demo data is off; generated and printed once when blank
 */
@ConfigurationProperties("wanqi.security")
record SecurityProperties(Integer maxFailedLogins, Duration failureWindow, Duration lockDuration,
                          Duration tokenLifetime, String jwtSecret, String adminPassword) {

    SecurityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(12) : tokenLifetime;
    }
}
