package org.wanqi.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.NotFoundException;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;

/**
 * Which enterprises' data the signed-in user may see: administrators and city staff everything,
 * county staff their unit's region (and where they were sent elsewhere, {@link ScopeGrants}),
 * enterprise users their own enterprise. Every module that
 * holds enterprise data (the registry, visits, risks …) asks this, so the rule lives in one place.
 */
@Component
public class DataScope {

    private final CurrentUser currentUser;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final List<ScopeGrants> grants;

    DataScope(CurrentUser currentUser, UnitService units, ApplicationEventPublisher events, List<ScopeGrants> grants) {
        this.currentUser = currentUser;
        this.units = units;
        this.events = events;
        this.grants = List.copyOf(grants);
    }

    /**
     * Lets through a record the caller may see. A record of an enterprise outside their scope is
     * answered as not found, so its existence is not confirmed, and the attempt goes on the audit log.
     *
     * @param kind what it is ({@code visit}, {@code risk}, {@code file} …), for the message and the audit log
     */
    public void requireVisible(String kind, String id, String enterpriseId, String regionCode) {
        if (!current().allows(enterpriseId, regionCode)) {
            events.publishEvent(AuditEntry.of(currentUser.require().getUsername(), kind, id, "access.denied"));
            throw new NotFoundException(kind + " " + id);
        }
    }

    /** The test for the current user, decided once: may they see data of this enterprise in this region? */
    public Test current() {
        WanqiUser user = currentUser.require();
        if (user.hasRole(Role.ENTERPRISE)) {
            String own = user.enterpriseId();
            return (enterpriseId, regionCode) -> own != null && own.equals(enterpriseId);
        }
        String county = countyOf(user);
        if (county == null) {
            return (enterpriseId, regionCode) -> true;
        }
        Set<String> enterprises = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (ScopeGrants grant : grants) {
            ScopeGrants.Grant granted = grant.grantedTo(user);
            enterprises.addAll(granted.enterpriseIds());
            regions.addAll(granted.regionCodes());
        }
        return (enterpriseId, regionCode) -> county.equals(regionCode) || regions.contains(regionCode)
                || enterprises.contains(enterpriseId);
    }

    /** Whether the current user may keep data in {@code regionCode} (staff only). */
    public boolean coversRegion(String regionCode) {
        WanqiUser user = currentUser.require();
        if (user.hasRole(Role.ENTERPRISE)) {
            return false;
        }
        String county = countyOf(user);
        return county == null || county.equals(regionCode);
    }

    /** Whether the current user works for the whole city (administrators and city-bureau staff). */
    public boolean citywide() {
        WanqiUser user = currentUser.require();
        return !user.hasRole(Role.ENTERPRISE) && countyOf(user) == null;
    }

    /** The county a staff member is limited to, or null when they see the whole city. */
    private String countyOf(WanqiUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return null;
        }
        Unit unit = units.find(user.unitId())
                .orElseThrow(() -> new IllegalStateException("User without a unit: " + user.getUsername()));
        return unit.level() == Unit.Level.CITY ? null : unit.id();
    }

    /** May the user see data of this enterprise, in this region? */
    @FunctionalInterface
    public interface Test {
        boolean allows(String enterpriseId, String regionCode);
    }
}
