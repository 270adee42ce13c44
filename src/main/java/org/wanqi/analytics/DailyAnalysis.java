package org.wanqi.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.BusinessZone;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskService;
import org.wanqi.security.DataScope;
import org.wanqi.security.SystemTasks;

/**
 * The daily efficiency analysis: every morning (a setting, {@code wanqi.analytics.daily-cron}) the
 * previous day's figures per county unit from the rollups, the overdue risks of each unit's area
 * right now, a ranking and the anomalies; supervisors may take it again on demand, and browse it by day.
 */
@Service
public class DailyAnalysis {

    private final MongoTemplate mongo;
    private final UnitService units;
    private final RiskService risks;
    private final SystemTasks system;
    private final DataScope scope;
    private final BusinessZone zone;
    private final Clock clock;

    DailyAnalysis(MongoTemplate mongo, UnitService units, RiskService risks, SystemTasks system, DataScope scope, BusinessZone zone,
                  Clock clock) {
        this.scope = scope;
        this.mongo = mongo;
        this.units = units;
        this.risks = risks;
        this.system = system;
        this.zone = zone;
        this.clock = clock;
    }

    @Scheduled(cron = "${wanqi.analytics.daily-cron:0 30 6 * * *}", zone = "${wanqi.zone:Asia/Shanghai}")
    void takeYesterdays() {
        system.asSystem(() -> take(zone.dateOf(clock.instant()).minusDays(1)));
    }

    /** Takes (or takes again) the snapshot of {@code day}. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public DailySnapshot take(LocalDate day) {
        Map<String, long[]> counted = new HashMap<>();
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.VISITS, day, day, null, true, (unit, start, cell, counters) -> {
            long[] figures = counted.computeIfAbsent(unit, u -> new long[2]);
            figures[0] += MonthDocs.count(counters, "officerVisits");
            figures[1] += MonthDocs.count(counters, "visits");
        });
        Optional<DailySnapshot> before = Optional.ofNullable(mongo.findById(day.minusDays(1), DailySnapshot.class));
        boolean workingDay = BusinessZone.isWorkingDay(day);
        List<DailySnapshot.UnitDay> unranked = new ArrayList<>();
        for (Unit unit : system.call(units::all)) {
            if (unit.level() != Unit.Level.COUNTY) {
                continue;
            }
            long[] figures = counted.getOrDefault(unit.id(), new long[2]);
            long overdue = system.call(() -> risks.count(new RiskFilter(null, true, null, null, null, unit.id(), null, null)));
            List<DailySnapshot.Anomaly> anomalies = new ArrayList<>();
            if (workingDay && figures[1] == 0) {
                anomalies.add(DailySnapshot.Anomaly.NO_VISITS);
            }
            before.flatMap(earlier -> earlier.units().stream().filter(u -> u.unitId().equals(unit.id())).findFirst())
                    .filter(earlier -> overdue > earlier.overdueNow()).ifPresent(earlier -> anomalies.add(DailySnapshot.Anomaly.OVERDUE_RISING));
            unranked.add(new DailySnapshot.UnitDay(0, unit.id(), figures[0], figures[1], overdue, List.copyOf(anomalies)));
        }
        List<DailySnapshot.UnitDay> sorted = unranked.stream().sorted(Comparator.comparingLong(DailySnapshot.UnitDay::checks).reversed()
                .thenComparing(DailySnapshot.UnitDay::unitId)).toList();
        List<DailySnapshot.UnitDay> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DailySnapshot.UnitDay unit = sorted.get(i);
            ranked.add(new DailySnapshot.UnitDay(i + 1, unit.unitId(), unit.officerVisits(), unit.checks(), unit.overdueNow(), unit.anomalies()));
        }
        return inArea(mongo.save(new DailySnapshot(day, clock.instant(), List.copyOf(ranked))));
    }

    /** The stored snapshot of {@code day}, if one was taken, with the units of the caller's area. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public Optional<DailySnapshot> of(LocalDate day) {
        return Optional.ofNullable(mongo.findById(day, DailySnapshot.class)).map(this::inArea);
    }

    private DailySnapshot inArea(DailySnapshot snapshot) {
        return new DailySnapshot(snapshot.day(), snapshot.takenAt(),
                snapshot.units().stream().filter(unit -> scope.coversRegion(unit.unitId())).toList());
    }
}
