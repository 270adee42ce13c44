package org.wanqi.enterprise;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.wanqi.security.DataScope;

/** The registry's view of {@link DataScope}: as tests on index rows and stored enterprises. */
@Component
class EnterpriseScope {

    private final DataScope scope;

    EnterpriseScope(DataScope scope) {
        this.scope = scope;
    }

    /** The test "may see this enterprise", decided once for the current user. */
    Predicate<EnterpriseIndex.Row> visible() {
        DataScope.Test test = scope.current();
        return row -> test.allows(row.id(), row.regionCode());
    }

    /** Lets through an enterprise the user may see; any other is not found for them, and the attempt is audited. */
    void requireVisible(String id, String regionCode) {
        scope.requireVisible("enterprise", id, id, regionCode);
    }

    /** Whether the user may create or keep an enterprise in {@code regionCode}. */
    boolean coversRegion(String regionCode) {
        return scope.coversRegion(regionCode);
    }
}
