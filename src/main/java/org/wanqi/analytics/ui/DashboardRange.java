package org.wanqi.analytics.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.wanqi.base.BusinessZone;

/** The dashboard's ranges, each ending today or, for the first half-year once it is over, on 30 June (custom: chosen by hand). */
enum DashboardRange {
    TODAY, WEEK, MONTH, QUARTER, FIRST_HALF, HALF_YEAR, YEAR, CUSTOM;

    LocalDate from(LocalDate today) {
        return switch (this) {
            case TODAY, CUSTOM -> today;
            case WEEK -> today.with(DayOfWeek.MONDAY);
            case MONTH -> today.withDayOfMonth(1);
            case QUARTER -> BusinessZone.quarterStart(today);
            case FIRST_HALF, YEAR -> today.withDayOfYear(1);
            case HALF_YEAR -> today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7);
        };
    }

    LocalDate to(LocalDate today) {
        LocalDate june30 = LocalDate.of(today.getYear(), 6, 30);
        return this == FIRST_HALF && today.isAfter(june30) ? june30 : today;
    }
}
