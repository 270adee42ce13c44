package org.wanqi.enterprise;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;

/**
 * Which enterprises the signed-in user may see: administrators and city staff all of them, county
 * staff their unit's region, enterprise users their own.
 */
@Component
class EnterpriseScope {

    private final CurrentUser currentUser;
    private final UnitService units;

    EnterpriseScope(CurrentUser currentUser, UnitService units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    /** The test "may see this enterprise", decided once for the current user. */
    Predicate<EnterpriseIndex.Row> visible() {
        WanqiUser user = currentUser.require();
        if (user.hasRole(Role.ENTERPRISE)) {
            String own = user.enterpriseId();
            return row -> row.id().equals(own);
        }
        String region = countyRegion(user);
        return region == null ? row -> true : row -> region.equals(row.regionCode());
    }

    boolean mayRead(Enterprise enterprise) {
        return visible().test(EnterpriseIndex.Row.of(enterprise));
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
