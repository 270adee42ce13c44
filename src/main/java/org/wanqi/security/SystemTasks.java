package org.wanqi.security;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * For scheduled jobs that must see exactly what each user sees (daily reminders): runs a task once
 * per active user with one of the given roles, signed in as that user for its duration, so every
 * service applies that user's role and scope as it would in their own session. Not reachable from
 * any view or endpoint.
 */
@Component
public class SystemTasks {

    private static final Logger log = LoggerFactory.getLogger(SystemTasks.class);

    private final MongoTemplate mongo;
    private final SecurityContextHolderStrategy securityContext;

    SystemTasks(MongoTemplate mongo, SecurityContextHolderStrategy securityContext) {
        this.mongo = mongo;
        this.securityContext = securityContext;
    }

    /**
     * Runs {@code task} as the system itself: an administrator of the city bureau, for start-up work
     * that reads through the services (the demo history).
     */
    public void asSystem(Runnable task) {
        as(new WanqiUser("system", "system", "", "系统", Set.of(Role.ADMIN), "130900", null, null, null, true, false), task);
    }

    /** {@link #asSystem(Runnable)} for a task with a result. */
    public <T> T call(Supplier<T> task) {
        Object[] result = new Object[1];
        asSystem(() -> result[0] = task.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Runs {@code task} as the stored user {@code username} (demo data written through the services, as its people would). */
    public void asUser(String username, Runnable task) {
        UserAccount account = mongo.findOne(Query.query(Criteria.where("username").is(username)), UserAccount.class);
        if (account == null) {
            throw new IllegalArgumentException("No user " + username);
        }
        as(account.toPrincipal(), task);
    }

    /** {@link #asUser(String, Runnable)} for a task with a result. */
    public <T> T callAs(String username, Supplier<T> task) {
        Object[] result = new Object[1];
        asUser(username, () -> result[0] = task.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Runs {@code task} as {@code user}; whoever this thread ran as before is restored afterwards. */
    private void as(WanqiUser user, Runnable task) {
        SecurityContext previous = securityContext.getContext();
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(context);
        try {
            task.run();
        } finally {
            if (previous.getAuthentication() == null) {
                securityContext.clearContext();
            } else {
                securityContext.setContext(previous);
            }
        }
    }

    /** Runs {@code task} as each enabled user holding one of {@code roles}; one user's failure does not stop the others. */
    public void asEachUser(Set<Role> roles, Consumer<WanqiUser> task) {
        Query users = Query.query(Criteria.where("enabled").is(true).and("roles").in(roles));
        for (UserAccount account : mongo.find(users, UserAccount.class)) {
            WanqiUser user = account.toPrincipal();
            try {
                as(user, () -> task.accept(user));
            } catch (RuntimeException e) {
                log.error("System task failed for {}", user.getUsername(), e);
            }
        }
    }
}
