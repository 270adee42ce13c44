package org.wanqi.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored user. Usernames are kept trimmed and lower-case. */
@Document("users")
class UserAccount {

    @Id
    String id;
    @Indexed(unique = true)
    String username;
    String passwordHash;
    String displayName;
    Set<Role> roles = EnumSet.noneOf(Role.class);
    String unitId;
    String enterpriseId;
    String certificateNumber;
    /** The last day the law-enforcement certificate is valid (执法证有效期至). */
    LocalDate certificateValidUntil;
    String locale;
    boolean enabled = true;
    boolean mustChangePassword;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    WanqiUser toPrincipal() {
        return new WanqiUser(id, username, passwordHash, displayName, Set.copyOf(roles), unitId, enterpriseId,
                certificateNumber, locale, enabled, mustChangePassword);
    }
}
