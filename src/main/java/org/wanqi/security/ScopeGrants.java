package org.wanqi.security;

import java.util.Set;

/**
 * Enterprises outside a county officer's own county that they were sent to (an inspection task of a
 * cross-region draw): {@link DataScope} lets them see those too. Implemented by the module that sends
 * officers (random inspection), which depends on this one.
 */
public interface ScopeGrants {

    Set<String> enterprisesGrantedTo(String userId);
}
