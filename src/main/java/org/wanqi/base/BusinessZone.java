package org.wanqi.base;

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
}
