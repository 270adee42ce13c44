package org.wanqi.security;

import java.util.Set;

/**
 * Where a county's officer may work outside their own county: the enterprises they were sent to (an
 * inspection task of a cross-region draw), and the counties a cross-region campaign sends their
 * unit to (异地、巡回、交叉执法). {@link DataScope} lets them see those too. Implemented by the modules
 * that send officers (random inspection, campaigns), which depend on this one.
 */
public interface ScopeGrants {

    /** The enterprises outside their county the user may see and work on. */
    Set<String> enterprisesGrantedTo(WanqiUser user);

    /** The counties (region codes) besides their own whose enterprises the user may see and work on. */
    default Set<String> regionsGrantedTo(WanqiUser user) {
        return Set.of();
    }
}
