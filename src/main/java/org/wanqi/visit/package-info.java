/**
 * Outreach visits (走访/检查记录): who went where, what they checked, what they advised and which
 * risks they found. Submitted visits are immutable; the mobile app submits them idempotently.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visit")
package org.wanqi.visit;
