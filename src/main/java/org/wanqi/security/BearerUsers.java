package org.wanqi.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The accounts that API tokens name, kept for a few seconds so that a busy client does not cost a
 * database read per request. Every change {@link UserService} makes forgets the account at once on
 * this node; another node sharing the database sees it within {@link #FRESHNESS}.
 */
@Component
class BearerUsers {

    /** How long another node's change to an account can go unnoticed here. */
    static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final int MAX_ACCOUNTS = 10_000;

    private final UserAccountRepository users;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    BearerUsers(UserAccountRepository users) {
        this.users = users;
    }

    /** The enabled user with this id (credentials erased), or empty when there is none or it is disabled. */
    Optional<WanqiUser> find(String id) {
        long now = System.nanoTime();
        Loaded hit = loaded.get(id);
        if (hit != null && now - hit.at() < FRESHNESS.toNanos()) {
            return hit.user();
        }
        Optional<WanqiUser> user = users.findById(id).filter(account -> account.enabled).map(account -> {
            WanqiUser principal = account.toPrincipal();
            principal.eraseCredentials();
            return principal;
        });
        if (loaded.size() >= MAX_ACCOUNTS) {
            loaded.clear();
        }
        loaded.put(id, new Loaded(user, now));
        return user;
    }

    void forget(String id) {
        loaded.remove(id);
    }

    private record Loaded(Optional<WanqiUser> user, long at) {
    }
}
