package org.wanqi.enterprise;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;

/**
 * Which enterprises the signed-in user may see, as a query condition: administrators and city
 * staff all of them, county staff their unit's region, enterprise users their own.
 */
@Component
class EnterpriseScope {

    private final CurrentUser currentUser;
    private final UnitService units;

    EnterpriseScope(CurrentUser currentUser, UnitService units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    Criteria criteria() {
        WanqiUser user = currentUser.require();
        if (user.hasRole(Role.ENTERPRISE)) {
            return Criteria.where("_id").is(user.enterpriseId());
        }
        String region = countyRegion(user);
        return region == null ? new Criteria() : Criteria.where("regionCode").is(region);
    }

    /** Whether the user may create or keep an enterprise in {@code regionCode}. */
    boolean coversRegion(String regionCode) {
        WanqiUser user = currentUser.require();
        if (user.hasRole(Role.ENTERPRISE)) {
            return false;
        }
        String region = countyRegion(user);
        return region == null || region.equals(regionCode);
    }

    /** The county a staff member is limited to, or null when they see the whole city. */
    private String countyRegion(WanqiUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return null;
        }
        Unit unit = units.find(user.unitId()).orElseThrow(() -> new IllegalStateException("User without a unit: " + user.getUsername()));
        return unit.level() == Unit.Level.CITY ? null : unit.id();
    }
}
