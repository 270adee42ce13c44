/**
 * Risks (隐患) found at enterprises and their rectification to closure (整改 → 销号): a state
 * machine in the domain ({@link org.wanqi.risk.Risk}), every transition on the record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.wanqi.risk;
