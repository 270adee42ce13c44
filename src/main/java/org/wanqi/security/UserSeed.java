package org.wanqi.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.wanqi.base.i18n.Translations;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/**
 * First-start accounts: the demo users of {@code seed/users.json} when demo data is on (each
 * created only if its username is free, an existing one only given its certificate's last valid day
 * if it has none); otherwise one {@code admin}, whose password comes from
 * {@code WANQI_ADMIN_PASSWORD} or is generated and logged once.
 */
@Component
@Order(SeedOrder.USERS)
class UserSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserSeed.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SeedFiles seed;
    private final SecurityProperties properties;
    private final Clock clock;

    UserSeed(UserAccountRepository users, PasswordEncoder passwordEncoder, SeedFiles seed,
             SecurityProperties properties, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.seed = seed;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seed.demoEnabled()) {
            for (SeedUser user : seed.read("users.json", SeedUser.class)) {
                users.findByUsername(UserAccount.normalize(user.username())).ifPresentOrElse(
                        account -> recordValidity(account, user),
                        () -> insert(user.username(), user.password(), user.displayName(), user.roles(),
                                user.unitId(), user.enterpriseId(), user.certificate(), false));
            }
        } else if (!users.existsByRolesContaining(Role.ADMIN)) {
            boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
            String password = generated ? UserService.temporaryPassword() : properties.adminPassword();
            insert("admin", password, "Administrator", List.of(Role.ADMIN), "130900", null, Certificate.NONE, generated);
            if (generated) {
                log.warn("Created the first administrator. Sign in as 'admin' with password: {}", password);
            } else {
                log.info("Created the first administrator 'admin' with the password from WANQI_ADMIN_PASSWORD");
            }
        }
    }

    private void insert(String username, String password, String displayName, List<Role> roles, String unitId,
                        String enterpriseId, Certificate certificate, boolean temporaryPassword) {
        UserAccount account = new UserAccount();
        account.username = UserAccount.normalize(username);
        account.passwordHash = passwordEncoder.encode(password);
        account.displayName = displayName;
        account.roles = EnumSet.copyOf(roles);
        account.unitId = unitId;
        account.enterpriseId = enterpriseId;
        account.certificateNumber = certificate.number();
        account.certificateValidUntil = certificate.validUntil();
        account.mustChangePassword = temporaryPassword;
        account.locale = Translations.CHINESE.toLanguageTag();
        account.createdAt = clock.instant();
        account.updatedAt = account.createdAt;
        users.insert(account);
    }

    /**
     * A demo account from before certificates had a last valid day gets the seed's, or a demo data
     * folder of an earlier version would leave every officer out of the random inspection draws.
     */
    private void recordValidity(UserAccount account, SeedUser user) {
        if (account.certificateValidUntil == null && user.certificateValidUntil() != null
                && user.certificateNumber().equals(account.certificateNumber)) {
            account.certificateValidUntil = user.certificateValidUntil();
            users.save(account);
        }
    }

    record SeedUser(String username, String password, String displayName, List<Role> roles, String unitId,
                    String enterpriseId, String certificateNumber, LocalDate certificateValidUntil) {

        Certificate certificate() {
            return new Certificate(certificateNumber, certificateValidUntil);
        }
    }

    /** A law-enforcement certificate: its number and its last valid day. */
    record Certificate(String number, LocalDate validUntil) {
        static final Certificate NONE = new Certificate(null, null);
    }
}
