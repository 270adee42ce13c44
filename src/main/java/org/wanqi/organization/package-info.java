/**
 * The bureau's units: the city bureau and one branch per county-level division, each with its
 * GB/T 2260 region code. Reference data, loaded from {@code seed/units.json} on every start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.wanqi.organization;
