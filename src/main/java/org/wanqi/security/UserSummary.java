package org.wanqi.security;

import java.time.LocalDate;
import java.util.Set;

/** A user as the administration screens show it. */
public record UserSummary(String id, String username, String displayName, Set<Role> roles, String unitId,
                          String enterpriseId, String certificateNumber, LocalDate certificateValidUntil, boolean enabled,
                          Long version) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.id, account.username, account.displayName, Set.copyOf(account.roles),
                account.unitId, account.enterpriseId, account.certificateNumber, account.certificateValidUntil,
                account.enabled, account.version);
    }
}
