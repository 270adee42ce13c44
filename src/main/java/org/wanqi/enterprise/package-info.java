/**
 * The enterprise registry (一企一档). For now a minimal record (name, USCC, region) that
 * enterprise accounts are bound to; issue 3 grows it into the full registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise")
package org.wanqi.enterprise;
