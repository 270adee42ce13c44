package org.wanqi.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.wanqi.base.i18n.Translations;

/** The signed-in user, as every service sees it: identity, roles and scope (unit, enterprise). */
public final class WanqiUser implements UserDetails, CredentialsContainer {

    private final String id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Set<Role> roles;
    private final String unitId;
    private final String enterpriseId;
    private final String certificateNumber;
    private final String locale;
    private final boolean enabled;
    private final boolean mustChangePassword;

    WanqiUser(String id, String username, String passwordHash, String displayName, Set<Role> roles, String unitId,
              String enterpriseId, String certificateNumber, String locale, boolean enabled, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles;
        this.unitId = unitId;
        this.enterpriseId = enterpriseId;
        this.certificateNumber = certificateNumber;
        this.locale = locale;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The unit (city bureau or county branch) the user works for; null for enterprise users. */
    public String unitId() {
        return unitId;
    }

    /** The one enterprise an ENTERPRISE user belongs to; null for everyone else. */
    public String enterpriseId() {
        return enterpriseId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** Signed in with a temporary password, which must be replaced before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Locale locale() {
        return Translations.supported(locale == null ? null : Locale.forLanguageTag(locale));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WanqiUser that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "WanqiUser[" + username + ", " + roles + "]";
    }
}
