package org.wanqi.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username in MongoDB (so every node of a cluster agrees) and locks a
 * username for a while after too many of them.
 */
@Component
class LoginThrottle {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginThrottle(MongoTemplate mongo, Clock clock, SecurityProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** When the username is locked, until when. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return Optional.ofNullable(mongo.findById(username, State.class))
                .map(State::lockedUntil)
                .filter(now::isBefore);
    }

    /** Records a failure; the one that reaches the limit locks the username. */
    void recordFailure(String username) {
        Instant now = clock.instant();
        State previous = mongo.findById(username, State.class);
        List<Instant> failures = new ArrayList<>();
        if (previous != null) {
            Instant windowStart = now.minus(properties.failureWindow());
            previous.failures().stream().filter(windowStart::isBefore).forEach(failures::add);
        }
        failures.add(now);
        Instant lockedUntil = null;
        if (failures.size() >= properties.maxFailedLogins()) {
            lockedUntil = now.plus(properties.lockDuration());
            failures.clear();
        }
        mongo.save(new State(username, failures, lockedUntil));
    }

    void reset(String username) {
        mongo.remove(new State(username, List.of(), null));
    }

    @Document("login_throttle")
    record State(@Id String username, List<Instant> failures, Instant lockedUntil) {
    }
}
