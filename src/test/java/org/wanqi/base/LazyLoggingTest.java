package org.wanqi.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/** Spring's libraries log through Commons Logging; a message for a disabled level must never be built. */
class LazyLoggingTest {

    @Test
    void aDebugMessageIsNotBuiltWhenDebugIsOff() {
        String name = "org.springframework.security.authorization.method";
        ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.INFO);
        Log log = LogFactory.getLog(name);
        assertThat(log.isDebugEnabled()).isFalse();
        AtomicInteger built = new AtomicInteger();

        log.debug(LogMessage.of(() -> "built " + built.incrementAndGet()));
        log.trace(LogMessage.of(() -> "built " + built.incrementAndGet()));

        assertThat(built).hasValue(0);
    }

    @Test
    void anEnabledMessageStillReachesTheLog() {
        Log log = LogFactory.getLog(LazyLoggingTest.class);
        AtomicInteger built = new AtomicInteger();

        log.warn(LogMessage.of(() -> "built " + built.incrementAndGet()));

        assertThat(built).hasValue(1);
    }
}
