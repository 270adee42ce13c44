package org.wanqi.visit;

import java.time.LocalDate;

/**
 * What a visit list is filtered by; every part optional (null: any).
 *
 * @param from first day, inclusive, in the business time zone
 * @param to   last day, inclusive, in the business time zone
 */
public record VisitFilter(String enterpriseId, LocalDate from, LocalDate to, VisitType type) {

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, null);
    }
}
