package org.wanqi.analytics.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.wanqi.base.BusinessZone;

/** The dashboard's ranges, each ending today (custom: chosen by hand). */
enum DashboardRange {
    TODAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR, CUSTOM;

    LocalDate from(LocalDate today) {
        return switch (this) {
            case TODAY, CUSTOM -> today;
            case WEEK -> today.with(DayOfWeek.MONDAY);
            case MONTH -> today.withDayOfMonth(1);
            case QUARTER -> BusinessZone.quarterStart(today);
            case HALF_YEAR -> today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7);
            case YEAR -> today.withDayOfYear(1);
        };
    }
}
