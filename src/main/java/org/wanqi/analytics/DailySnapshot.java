package org.wanqi.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 每日效能分析: one day's figures per county unit, ranked by checks, with what deserves a look — a
 * unit that logged no visit on a working day, a unit whose overdue risks rose since the day before.
 * Taken by the morning job (and on demand), stored, one per day.
 */
@Document("daily_snapshots")
public record DailySnapshot(@Id LocalDate day, Instant takenAt, List<UnitDay> units) {

    /** A unit's day: its rank by checks (1 = most), its figures, the risks of its area overdue at the time, its anomalies. */
    public record UnitDay(int rank, String unitId, long officerVisits, long checks, long overdueNow, List<Anomaly> anomalies) {
    }

    public enum Anomaly { NO_VISITS, OVERDUE_RISING }
}
