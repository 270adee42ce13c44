/**
 * The append-only audit trail ({@code audit_events}). Any module records by publishing an
 * {@link org.wanqi.audit.AuditEntry} event; the entry is written synchronously, before the
 * publishing call returns. Reading is through {@link org.wanqi.audit.AuditService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.wanqi.audit;
