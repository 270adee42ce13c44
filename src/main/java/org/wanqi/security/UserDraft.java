package org.wanqi.security;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.wanqi.base.DomainException;

/**
 * What an administrator fills in to create or change a user (the username only counts on creation).
 * A form edits a copy of this and shows the rules' messages as the user types; the service
 * enforces them with {@link #check()}.
 */
public class UserDraft {

    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    public static final Pattern DISPLAY_NAME = Pattern.compile("[^<>&\\p{Cntrl}]{1,60}");
    public static final Pattern CERTIFICATE = Pattern.compile("[0-9A-Za-z-]{0,30}");

    private String username = "";
    private String displayName = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String unitId;
    private String enterpriseId;
    private String certificateNumber;
    private LocalDate certificateValidUntil;

    /** Throws a {@link DomainException} naming the first rule this draft breaks. */
    public void check() {
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            throw new DomainException("user.error.username");
        }
        if (displayName == null || !DISPLAY_NAME.matcher(displayName.trim()).matches()) {
            throw new DomainException("user.error.display-name");
        }
        if (certificateNumber != null && !CERTIFICATE.matcher(certificateNumber.trim()).matches()) {
            throw new DomainException("user.error.certificate");
        }
        if (!isBlank(certificateNumber) && certificateValidUntil == null) {
            throw new DomainException("user.error.certificate-valid-until");
        }
        if (roles.isEmpty()) {
            throw new DomainException("user.error.roles");
        }
        if (roles.contains(Role.ENTERPRISE)) {
            if (roles.size() > 1) {
                throw new DomainException("user.error.enterprise-only-role");
            }
            if (isBlank(enterpriseId)) {
                throw new DomainException("user.error.enterprise-required");
            }
        } else if (isBlank(unitId)) {
            throw new DomainException("user.error.unit-required");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static UserDraft of(UserSummary user) {
        UserDraft draft = new UserDraft();
        draft.username = user.username();
        draft.displayName = user.displayName();
        draft.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        draft.unitId = user.unitId();
        draft.enterpriseId = user.enterpriseId();
        draft.certificateNumber = user.certificateNumber();
        draft.certificateValidUntil = user.certificateValidUntil();
        return draft;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public void setCertificateValidUntil(LocalDate certificateValidUntil) {
        this.certificateValidUntil = certificateValidUntil;
    }
}
