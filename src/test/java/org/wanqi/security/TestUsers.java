package org.wanqi.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates accounts for tests and signs them in on the current thread. */
public final class TestUsers {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SecurityContextHolderStrategy securityContext;

    public TestUsers(ApplicationContext context) {
        this.users = context.getBean(UserAccountRepository.class);
        this.passwordEncoder = context.getBean(PasswordEncoder.class);
        this.securityContext = context.getBean(SecurityContextHolderStrategy.class);
    }

    /** Stores a user with the password {@code password}; staff get unit 130921, enterprise users the given enterprise. */
    public WanqiUser create(String username, Role role, String enterpriseId) {
        return create(username, role, enterpriseId, "130921");
    }

    /** Stores a user with the password {@code password} in the given unit (ignored for enterprise users). */
    public WanqiUser create(String username, Role role, String enterpriseId, String unitId) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.passwordHash = passwordEncoder.encode("password");
        account.displayName = "测试" + username;
        account.roles = EnumSet.of(role);
        account.unitId = role == Role.ENTERPRISE ? null : unitId;
        account.enterpriseId = role == Role.ENTERPRISE ? enterpriseId : null;
        account.locale = "zh-CN";
        account.createdAt = Instant.parse("2026-01-01T00:00:00Z");
        return users.save(account).toPrincipal();
    }

    /** An officer of {@code unitId} holding a valid law-enforcement certificate (an inspector for random inspections). */
    public WanqiUser certified(String username, String unitId, String certificateNumber) {
        return certified(username, unitId, certificateNumber, LocalDate.of(2099, 12, 31));
    }

    /** An officer of {@code unitId} whose law-enforcement certificate is valid until {@code validUntil}. */
    public WanqiUser certified(String username, String unitId, String certificateNumber, LocalDate validUntil) {
        UserAccount account = users.findByUsername(create(username, Role.OFFICER, null, unitId).getUsername()).orElseThrow();
        account.certificateNumber = certificateNumber;
        account.certificateValidUntil = validUntil;
        return users.save(account).toPrincipal();
    }

    /** The stored user {@code username} as signed in. */
    public WanqiUser find(String username) {
        return users.findByUsername(username).orElseThrow().toPrincipal();
    }

    /**
     * Signs {@code user} in on this thread. Sets both this application context's strategy (what its
     * services read) and the JVM-wide holder (what browserless navigation reads): when several test
     * contexts live in one JVM, the JVM-wide holder belongs to whichever started last.
     */
    public void signIn(WanqiUser user) {
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    public void signOut() {
        securityContext.clearContext();
        SecurityContextHolder.clearContext();
    }
}
