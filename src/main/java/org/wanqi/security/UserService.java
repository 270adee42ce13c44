package org.wanqi.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.audit.AuditEntry.FieldChange;
import org.wanqi.base.DomainException;
import org.wanqi.base.mongo.Slices;
import org.wanqi.base.i18n.Translations;

/**
 * User administration (ADMIN only; enterprise logins also by the enterprise's unit) and the signed-in
 * user's own password and preferences. New and reset passwords are temporary: they must be replaced
 * at the next sign-in.
 */
@Service
public class UserService {

    private static final String ENTITY = "user";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserAccountRepository users;
    private final MongoTemplate mongo;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final BearerUsers bearerUsers;
    private final EnterpriseDirectory enterprises;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserService(UserAccountRepository users, MongoTemplate mongo, PasswordEncoder passwordEncoder,
                CurrentUser currentUser, BearerUsers bearerUsers, EnterpriseDirectory enterprises, DataScope scope,
                ApplicationEventPublisher events, Clock clock) {
        this.enterprises = enterprises;
        this.scope = scope;
        this.users = users;
        this.bearerUsers = bearerUsers;
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Slice<UserSummary> page(UserFilter filter, Pageable pageable) {
        Query query = new Query(criteria(filter)).with(Sort.by("username"));
        return Slices.find(mongo, query, pageable, UserAccount.class).map(UserSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(UserFilter filter) {
        return mongo.count(new Query(criteria(filter)), UserAccount.class);
    }

    /** Creates a user with a generated temporary password, which is returned once and never stored in clear. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedUser create(UserDraft draft) {
        return insert(draft);
    }

    /**
     * Creates a login for an enterprise's staff, with a temporary password: by an administrator, or by
     * officers and supervisors of the unit whose area the enterprise is in (from its 360° page).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'OFFICER')")
    public CreatedUser createEnterpriseAccount(String enterpriseId, String username, String displayName) {
        enterprises.requireInScope(enterpriseId);
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(displayName);
        draft.setRoles(EnumSet.of(Role.ENTERPRISE));
        draft.setEnterpriseId(enterpriseId);
        return insert(draft);
    }

    /** The logins of one enterprise in the caller's scope. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'OFFICER')")
    public List<UserSummary> enterpriseAccounts(String enterpriseId) {
        enterprises.requireInScope(enterpriseId);
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId)).with(Sort.by("username")),
                UserAccount.class).stream().map(UserSummary::of).toList();
    }

    /**
     * The officers behind these ids as anyone who may see their visit may know them: their names and
     * law-enforcement certificate numbers (执法证号), which officers show on every visit. Ids of
     * enterprise users are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Officer> officers(List<String> ids) {
        Map<String, UserAccount> found = new HashMap<>();
        users.findAllById(ids).forEach(account -> found.put(account.id, account));
        return ids.stream().map(found::get).filter(Objects::nonNull).filter(account -> !account.roles.contains(Role.ENTERPRISE))
                .map(UserService::officer).toList();
    }

    /**
     * The inspector directory's people: enabled officers holding a law-enforcement certificate, in the
     * caller's area (a county's staff: their county's officers).
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public List<Officer> certifiedOfficers() {
        WanqiUser caller = currentUser.require();
        return certifiedAccounts().filter(account -> scope.coversRegion(account.unitId) || caller.hasRole(Role.ADMIN))
                .map(UserService::officer).toList();
    }

    /**
     * The certified officers of the whole city, for a cross-region draw (异地、交叉执法): its inspectors
     * come from other counties than the enterprises they are sent to, so even a county's draw needs them.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<Officer> crossRegionInspectors() {
        return certifiedAccounts().map(UserService::officer).toList();
    }

    private Stream<UserAccount> certifiedAccounts() {
        Criteria criteria = Criteria.where("roles").is(Role.OFFICER).and("enabled").is(true).and("certificateNumber").ne(null);
        return mongo.find(Query.query(criteria).with(Sort.by("username")), UserAccount.class).stream();
    }

    private static Officer officer(UserAccount account) {
        return new Officer(account.id, account.displayName, account.certificateNumber, account.certificateValidUntil,
                account.unitId);
    }

    /** An officer as a visit or a draw names them. */
    public record Officer(String id, String displayName, String certificateNumber, LocalDate certificateValidUntil,
                          String unitId) {

        /** Whether the officer's law-enforcement certificate is valid on {@code day} (a certificate without a recorded end is not). */
        public boolean certifiedOn(LocalDate day) {
            return certificateNumber != null && certificateValidUntil != null && !certificateValidUntil.isBefore(day);
        }
    }

    /**
     * The signed-in user replaces their password (a temporary one must be replaced at first sign-in).
     * Returns the user as they are now, for the session.
     */
    @PreAuthorize("isAuthenticated()")
    public WanqiUser changeMyPassword(String current, String next) {
        UserAccount account = load(currentUser.require().id());
        if (current == null || !passwordEncoder.matches(current, account.passwordHash)) {
            throw new DomainException("user.error.current-password");
        }
        if (next == null || next.length() < MIN_PASSWORD_LENGTH || next.length() > 200 || next.isBlank()) {
            throw new DomainException("user.error.password-length", MIN_PASSWORD_LENGTH);
        }
        if (next.equals(current)) {
            throw new DomainException("user.error.password-unchanged");
        }
        account.passwordHash = passwordEncoder.encode(next);
        account.mustChangePassword = false;
        account.updatedAt = clock.instant();
        account = users.save(account);
        audit(account, "password.changed", List.of(new FieldChange("password", "***", "***")));
        return account.toPrincipal();
    }

    private CreatedUser insert(UserDraft draft) {
        draft.check();
        String password = temporaryPassword();
        UserAccount account = new UserAccount();
        account.username = UserAccount.normalize(draft.getUsername());
        account.passwordHash = passwordEncoder.encode(password);
        account.mustChangePassword = true;
        apply(draft, account);
        account.locale = Translations.CHINESE.toLanguageTag();
        account.createdAt = clock.instant();
        account.updatedAt = account.createdAt;
        try {
            account = users.insert(account);
        } catch (DuplicateKeyException e) {
            throw new DomainException("user.error.username-taken", account.username);
        }
        audit(account, "created", List.of(
                new FieldChange("roles", null, account.roles.toString()),
                new FieldChange("unitId", null, account.unitId),
                new FieldChange("enterpriseId", null, account.enterpriseId)));
        return new CreatedUser(UserSummary.of(account), password);
    }

    /**
     * Changes name, roles, unit, enterprise and certificate. {@code expectedVersion} is the version the
     * administrator saw: if someone saved in between, nothing changes and a conflict is reported.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary update(String id, UserDraft draft, Long expectedVersion) {
        draft.check();
        UserAccount account = load(id);
        if (!Objects.equals(account.version, expectedVersion)) {
            throw new OptimisticLockingFailureException("User " + id + " was changed by someone else");
        }
        if (isSelf(account) && !draft.getRoles().contains(Role.ADMIN)) {
            throw new DomainException("user.error.own-admin-role");
        }
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "displayName", account.displayName, draft.getDisplayName().trim());
        diff(changes, "roles", account.roles.toString(), EnumSet.copyOf(draft.getRoles()).toString());
        diff(changes, "unitId", account.unitId, blankToNull(draft.getUnitId()));
        diff(changes, "enterpriseId", account.enterpriseId, blankToNull(draft.getEnterpriseId()));
        diff(changes, "certificateNumber", account.certificateNumber, blankToNull(draft.getCertificateNumber()));
        diff(changes, "certificateValidUntil", Objects.toString(account.certificateValidUntil, null),
                Objects.toString(draft.getCertificateValidUntil(), null));
        apply(draft, account);
        account.updatedAt = clock.instant();
        account = users.save(account);
        audit(account, "updated", changes);
        return UserSummary.of(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(String id, boolean enabled) {
        UserAccount account = load(id);
        if (isSelf(account) && !enabled) {
            throw new DomainException("user.error.disable-self");
        }
        if (account.enabled != enabled) {
            account.enabled = enabled;
            account.updatedAt = clock.instant();
            account = users.save(account);
            audit(account, enabled ? "enabled" : "disabled",
                    List.of(new FieldChange("enabled", String.valueOf(!enabled), String.valueOf(enabled))));
        }
        return UserSummary.of(account);
    }

    /** Sets a new generated password and returns it, once. */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(String id) {
        UserAccount account = load(id);
        String password = temporaryPassword();
        account.passwordHash = passwordEncoder.encode(password);
        account.mustChangePassword = true;
        account.updatedAt = clock.instant();
        users.save(account);
        audit(account, "password.reset", List.of(new FieldChange("password", "***", "***")));
        return password;
    }

    /** The signed-in user's language, remembered across sign-ins. */
    @PreAuthorize("isAuthenticated()")
    public void changeMyLocale(Locale locale) {
        UserAccount account = load(currentUser.require().id());
        String tag = Translations.supported(locale).toLanguageTag();
        if (!tag.equals(account.locale)) {
            String before = account.locale;
            mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id)), new Update().set("locale", tag),
                    UserAccount.class);
            audit(account, "locale.changed", List.of(new FieldChange("locale", before, tag)));
        }
    }

    /** The signed-in user's stored language (the session's copy may be older). */
    @PreAuthorize("isAuthenticated()")
    public Locale myLocale() {
        return users.findById(currentUser.require().id()).map(a -> a.toPrincipal().locale()).orElse(Translations.CHINESE);
    }

    private UserAccount load(String id) {
        return users.findById(id).orElseThrow(() -> new DomainException("user.error.not-found"));
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.get().map(user -> user.id().equals(account.id)).orElse(false);
    }

    private static void apply(UserDraft draft, UserAccount account) {
        account.displayName = draft.getDisplayName().trim();
        account.roles = EnumSet.copyOf(draft.getRoles());
        boolean enterpriseUser = account.roles.contains(Role.ENTERPRISE);
        account.enterpriseId = enterpriseUser ? draft.getEnterpriseId() : null;
        account.unitId = enterpriseUser ? null : blankToNull(draft.getUnitId());
        account.certificateNumber = enterpriseUser ? null : blankToNull(draft.getCertificateNumber());
        account.certificateValidUntil = account.certificateNumber == null ? null : draft.getCertificateValidUntil();
    }

    /** Records a change on the audit log; API tokens see it at their next request. */
    private void audit(UserAccount account, String action, List<FieldChange> changes) {
        bearerUsers.forget(account.id);
        String actor = currentUser.get().map(WanqiUser::getUsername).orElse("system");
        events.publishEvent(new AuditEntry(actor, ENTITY, account.id, action, changes));
    }

    private static void diff(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static Criteria criteria(UserFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(filter.text().trim()), Pattern.CASE_INSENSITIVE);
            criteria.orOperator(Criteria.where("username").regex(contains), Criteria.where("displayName").regex(contains));
        }
        if (filter.role() != null) {
            criteria.and("roles").is(filter.role());
        }
        if (filter.unitId() != null) {
            criteria.and("unitId").is(filter.unitId());
        }
        return criteria;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** A new user and the temporary password to hand over. */
    public record CreatedUser(UserSummary user, String temporaryPassword) {
    }
}
