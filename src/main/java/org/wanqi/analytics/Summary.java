package org.wanqi.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A range's figures, the same calendar range a year earlier, and the change: increase and growth in percent (null: "—"). */
public record Summary(LocalDate from, LocalDate to, String unitId, Figures current, Figures previous, Growth growth) {

    /** For each compared figure: how much it rose (negative: fell) and by what percent of the earlier figure (null when that was 0 or unknown). */
    public record Growth(Change officerVisits, Change enterpriseChecks, Change enterprisesChecked, Change activityIndex,
                         Change risksFound, Change risksClosed, Change rectificationRate, Change overdueOpen) {
    }

    public record Change(BigDecimal increase, BigDecimal percent) {
    }
}
