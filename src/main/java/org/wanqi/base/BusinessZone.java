package org.wanqi.base;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The time zone the business counts days in. Stored instants stay UTC; this turns them into
 * the local dates and times users see and aggregate by.
 */
public record BusinessZone(ZoneId zoneId) {

    public BusinessZone {
        Objects.requireNonNull(zoneId, "zoneId");
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zoneId).toLocalDate();
    }

    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zoneId);
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zoneId).toInstant();
    }

    /** Monday to Friday (public holidays are not known). */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day itself on a working day, else the Friday before. */
    public static LocalDate workingDayOnOrBefore(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    /** The first day of the day's quarter. */
    public static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** The day's quarter as the reports name it: {@code 2026-Q4}. */
    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
