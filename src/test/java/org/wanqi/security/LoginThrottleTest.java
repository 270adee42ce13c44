package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.wanqi.TestDatabase;
import org.wanqi.MutableClock;
import org.wanqi.WanqiSpringTest;
import org.wanqi.audit.AuditEvent;

@WanqiSpringTest
class LoginThrottleTest {

    static final Instant START = Instant.parse("2026-03-01T02:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    WanqiAuthenticationProvider provider;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.clear(context);
        clock.set(START);
        new TestUsers(context).create("zhao", Role.TRAINER, null);
    }

    private Authentication attempt(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("zhao", password));
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(30));
        }
    }

    @Test
    void afterFiveFailuresTheSixthAttemptIsRefusedEvenWithTheRightPassword() {
        failTimes(5);
        assertThatThrownBy(() -> attempt("password"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        locked -> assertThat(locked.lockedUntil()).isAfter(clock.instant().plus(Duration.ofMinutes(14))));
        assertThat(mongo.findAll(AuditEvent.class)).extracting(AuditEvent::action)
                .containsOnly("login.failed", "login.refused")
                .filteredOn("login.failed"::equals).hasSize(5);
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt("password")).isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempt("password").isAuthenticated()).isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        failTimes(4);
        clock.advance(Duration.ofMinutes(16));
        failTimes(1);
        assertThat(attempt("password").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndIsAudited() {
        failTimes(4);
        assertThat(attempt("password").isAuthenticated()).isTrue();
        failTimes(4);
        assertThat(attempt("password").isAuthenticated()).isTrue();
        assertThat(mongo.findAll(AuditEvent.class)).extracting(AuditEvent::action)
                .filteredOn("login.succeeded"::equals).hasSize(2);
    }

    @Test
    void unknownUsernamesAreThrottledToo() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("nobody", "x")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("NOBODY ", "x")))
                .isInstanceOf(LoginThrottledException.class);
    }
}
