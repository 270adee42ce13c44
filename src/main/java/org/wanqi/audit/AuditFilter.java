package org.wanqi.audit;

import java.time.LocalDate;

/** What the audit log is filtered by; every part is optional. Dates are business-zone days, inclusive. */
public record AuditFilter(String actor, String entityType, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
