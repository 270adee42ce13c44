package org.wanqi.security;

import java.util.Set;

/**
 * Where a county's officer may work outside their own county: the enterprises they were sent to (an
 * inspection task of a cross-region draw), and the counties a cross-region campaign sends their
 * unit to (异地、巡回、交叉执法). {@link DataScope} lets them see those too. Implemented by the modules
 * that send officers (random inspection, campaigns), which depend on this one.
 */
public interface ScopeGrants {

    /** What the user may see and work on outside their county, read once per scope check. */
    Grant grantedTo(WanqiUser user);

    /** Enterprises, and whole counties (region codes), besides the user's own county. */
    record Grant(Set<String> enterpriseIds, Set<String> regionCodes) {

        public Grant {
            enterpriseIds = Set.copyOf(enterpriseIds);
            regionCodes = Set.copyOf(regionCodes);
        }
    }
}
