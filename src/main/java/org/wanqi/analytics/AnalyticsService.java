package org.wanqi.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ObjLongConsumer;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.DataScope;
import org.wanqi.security.UserService;
import org.wanqi.visit.VisitRatings;

/**
 * Efficiency figures for a date range (inclusive, business time zone) and a unit — or, without a
 * unit, everything in the caller's area — read from the rollups (never from the visits or risks
 * themselves), compared with the same range one year earlier; and the breakdowns the dashboard
 * draws: the trend, the units ranked, the risk categories, the rectification funnel and the
 * ageing of overdue risks.
 */
@Service
public class AnalyticsService {

    /** The longest range asked for at once. */
    static final int MAX_DAYS = 3 * 366;

    private final MongoTemplate mongo;
    private final UserService users;
    private final EnterpriseService enterprises;
    private final VisitRatings ratings;
    private final AssistanceService assistance;
    private final DataScope scope;
    private final BusinessZone zone;
    private final Clock clock;

    AnalyticsService(MongoTemplate mongo, UserService users, EnterpriseService enterprises, VisitRatings ratings,
                     AssistanceService assistance, DataScope scope, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.users = users;
        this.enterprises = enterprises;
        this.ratings = ratings;
        this.assistance = assistance;
        this.scope = scope;
        this.zone = zone;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public Summary summary(LocalDate from, LocalDate to, String unitId) {
        requireRange(from, to, unitId);
        LocalDate today = zone.dateOf(clock.instant());
        long population = enterprises.count(new EnterpriseFilter(null, unitId, null, null, null, null));
        Figures current = figures(from, to, unitId, population, overdueNow(unitId, today));
        Figures previous = figures(from.minusYears(1), to.minusYears(1), unitId, population, overdueRecorded(unitId, today.minusYears(1)));
        return new Summary(from, to, unitId, current, previous, new Summary.Growth(
                change(current.officerVisits(), previous.officerVisits()), change(current.enterpriseChecks(), previous.enterpriseChecks()),
                change(current.enterprisesChecked(), previous.enterprisesChecked()), change(current.activityIndex(), previous.activityIndex()),
                change(current.risksFound(), previous.risksFound()), change(current.risksClosed(), previous.risksClosed()),
                change(current.rectificationRate(), previous.rectificationRate()),
                change(current.overdueOpen() == null ? null : BigDecimal.valueOf(current.overdueOpen()),
                        previous.overdueOpen() == null ? null : BigDecimal.valueOf(previous.overdueOpen()))));
    }

    /** How the trend is bucketed. */
    public enum Bucket { DAY, WEEK, MONTH }

    /** One bucket's officer-visits and checks; {@code start} is its first day (a Monday for weeks, the 1st for months). */
    public record Point(LocalDate start, long officerVisits, long checks) {
    }

    /** The range's figures by day, week or month, empty buckets included, for the trend chart. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public List<Point> trend(LocalDate from, LocalDate to, String unitId, Bucket bucket) {
        requireRange(from, to, unitId);
        Map<LocalDate, long[]> byBucket = new TreeMap<>();
        from.datesUntil(to.plusDays(1)).forEach(day -> byBucket.putIfAbsent(start(day, bucket), new long[2]));
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.VISITS, from, to, unitId, bucket != Bucket.MONTH, (unit, start, cell, counters) -> {
            long[] counts = byBucket.get(start(start, bucket));
            counts[0] += MonthDocs.count(counters, "officerVisits");
            counts[1] += MonthDocs.count(counters, "visits");
        });
        return byBucket.entrySet().stream().map(point -> new Point(point.getKey(), point.getValue()[0], point.getValue()[1])).toList();
    }

    private static LocalDate start(LocalDate day, Bucket bucket) {
        return switch (bucket) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** One unit's part of a range. */
    public record UnitFigures(String unitId, long officerVisits, long checks, long risksFound) {
    }

    /** The units of the range (visits by the unit that logged them, risks by the area they were found in), most checks first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public List<UnitFigures> units(LocalDate from, LocalDate to, String unitId) {
        requireRange(from, to, unitId);
        Map<String, long[]> byUnit = new HashMap<>();
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.VISITS, from, to, unitId, false, (unit, start, cell, counters) -> {
            long[] counts = byUnit.computeIfAbsent(unit, u -> new long[3]);
            counts[0] += MonthDocs.count(counters, "officerVisits");
            counts[1] += MonthDocs.count(counters, "visits");
        });
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.RISKS, from, to, unitId, false, (unit, start, cell, counters) ->
                byUnit.computeIfAbsent(unit, u -> new long[3])[2] += MonthDocs.count(counters, "found"));
        return byUnit.entrySet().stream().map(unit -> new UnitFigures(unit.getKey(), unit.getValue()[0], unit.getValue()[1], unit.getValue()[2]))
                .sorted(Comparator.comparingLong(UnitFigures::checks).reversed().thenComparing(UnitFigures::unitId)).toList();
    }

    /**
     * The risks of a range: found by category; the rectification funnel of those found (found, taken
     * up — rectifying or beyond —, evidence submitted — awaiting verification or closed —, closed);
     * and the risks overdue now by how long (1–7, 8–30, 31–90, over 90 days).
     */
    public record RiskPicture(Map<RiskCategory, Long> byCategory, List<Long> funnel, List<Long> overdueAgeing) {
    }

    /** The visit counters the figures add up, in this order: checks, officer-visits, visits with a risk. */
    private static final List<String> COUNTED_VISITS = List.of("visits", "officerVisits", "visitsWithRisks");

    /** Adds to {@code into} the enterprises this unit-month checked on a day within [from, to]. */
    private static void checkedWithin(Document month, LocalDate from, LocalDate to, Set<String> into) {
        Document enterprises = month.get("enterprises", Document.class);
        if (enterprises == null) {
            return;
        }
        YearMonth yearMonth = MonthDocs.month(month);
        if (!from.isAfter(yearMonth.atDay(1)) && !to.isBefore(yearMonth.atEndOfMonth())) {
            into.addAll(enterprises.keySet());
            return;
        }
        enterprises.forEach((enterpriseId, days) -> {
            if (((List<?>) days).stream().map(day -> yearMonth.atDay(((Number) day).intValue()))
                    .anyMatch(day -> !day.isBefore(from) && !day.isAfter(to))) {
                into.add(enterpriseId);
            }
        });
    }

    /** Days overdue at which each ageing bucket starts. */
    static final List<Integer> AGEING_FROM = List.of(1, 8, 31, 91);

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public RiskPicture risks(LocalDate from, LocalDate to, String unitId) {
        requireRange(from, to, unitId);
        Map<RiskCategory, Long> byCategory = new EnumMap<>(RiskCategory.class);
        long[] funnel = new long[4];
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.RISKS, from, to, unitId, false, (unit, start, category, cell) -> {
            long found = MonthDocs.count(cell, "found");
            if (found > 0) {
                byCategory.merge(RiskCategory.valueOf(category), found, Long::sum);
            }
            Document status = cell.get("status", Document.class);
            long closed = MonthDocs.count(status, RiskStatus.CLOSED.name());
            long pending = MonthDocs.count(status, RiskStatus.PENDING_VERIFICATION.name());
            funnel[0] += found;
            funnel[1] += MonthDocs.count(status, RiskStatus.RECTIFYING.name()) + pending + closed;
            funnel[2] += pending + closed;
            funnel[3] += closed;
        });
        LocalDate today = zone.dateOf(clock.instant());
        long[] ageing = new long[AGEING_FROM.size()];
        overdue(unitId, today, (deadline, open) -> {
            long days = ChronoUnit.DAYS.between(deadline, today);
            int bucket = AGEING_FROM.size() - 1;
            while (days < AGEING_FROM.get(bucket)) {
                bucket--;
            }
            ageing[bucket] += open;
        });
        return new RiskPicture(byCategory, List.of(funnel[0], funnel[1], funnel[2], funnel[3]),
                Arrays.stream(ageing).boxed().toList());
    }

    private void requireRange(LocalDate from, LocalDate to, String unitId) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainException("analytics.error.range", MAX_DAYS);
        }
        if (unitId != null ? !scope.coversRegion(unitId) : !scope.citywide()) {
            throw new AccessDeniedException("Figures outside the caller's area");
        }
    }

    /** Calls {@code each} with the deadline and the count of every group of risks open and past their deadline on {@code today}. */
    private void overdue(String unitId, LocalDate today, ObjLongConsumer<LocalDate> each) {
        for (Document document : MonthDocs.readAll(mongo, MonthDocs.OPEN_RISKS, unitId)) {
            Document open = document.get("open", Document.class);
            if (open != null) {
                open.forEach((day, n) -> {
                    LocalDate deadline = MonthDocs.month(document).atDay(Integer.parseInt(day));
                    if (deadline.isBefore(today) && ((Number) n).longValue() > 0) {
                        each.accept(deadline, ((Number) n).longValue());
                    }
                });
            }
        }
    }

    private long overdueNow(String unitId, LocalDate today) {
        long[] overdue = {0};
        overdue(unitId, today, (deadline, open) -> overdue[0] += open);
        return overdue[0];
    }

    /** Overdue risks as the daily snapshot of {@code day} recorded them; null when none was taken that day. */
    private Long overdueRecorded(String unitId, LocalDate day) {
        DailySnapshot snapshot = mongo.findById(day, DailySnapshot.class);
        return snapshot == null ? null : snapshot.units().stream().filter(unit -> unitId == null || unitId.equals(unit.unitId()))
                .mapToLong(DailySnapshot.UnitDay::overdueNow).sum();
    }

    private Figures figures(LocalDate from, LocalDate to, String unitId, long population, Long overdue) {
        long[] visits = new long[COUNTED_VISITS.size()];
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.VISITS, from, to, unitId, false, (unit, start, cell, counters) -> {
            for (int i = 0; i < visits.length; i++) {
                visits[i] += MonthDocs.count(counters, COUNTED_VISITS.get(i));
            }
        });
        Set<String> checked = new HashSet<>();
        MonthDocs.read(mongo, MonthDocs.Rollup.VISITS.months, YearMonth.from(from), YearMonth.from(to), unitId)
                .forEach(month -> checkedWithin(month, from, to, checked));
        long officerVisits = visits[1];
        long checks = visits[0];
        long withRisks = visits[2];
        long[] risks = new long[5];
        Map<Long, Long> closeDays = new TreeMap<>();
        MonthDocs.eachCell(mongo, MonthDocs.Rollup.RISKS, from, to, unitId, false, (unit, start, category, cell) -> {
            risks[0] += MonthDocs.count(cell, "found");
            risks[1] += MonthDocs.count(cell.get("status", Document.class), RiskStatus.CLOSED.name());
            risks[2] += MonthDocs.count(cell, "closedOnTime");
            risks[3] += MonthDocs.count(cell, "repeats");
            risks[4] += MonthDocs.count(cell, "closed");
            Document days = cell.get("closeDays", Document.class);
            if (days != null) {
                days.forEach((n, count) -> closeDays.merge(Long.parseLong(n), ((Number) count).longValue(), Long::sum));
            }
        });
        long found = risks[0];
        long closedOfFound = risks[1];
        long onTime = risks[2];
        long repeats = risks[3];
        long closed = risks[4];
        var start = zone.startOf(from);
        var end = zone.startOf(to.plusDays(1));
        VisitRatings.Summary rated = ratings.summary(start, end, unitId);
        AssistanceService.Handling handling = assistance.handling(start, end, unitId);
        long officers = users.certifiedOfficers().stream().filter(officer -> unitId == null || unitId.equals(officer.unitId())).count();
        long workingDays = from.datesUntil(to.plusDays(1)).filter(BusinessZone::isWorkingDay).count();
        return new Figures(officerVisits, checks, checked.size(), population, percent(checked.size(), population), withRisks,
                percent(withRisks, checks), found, closed, percent(closedOfFound, found), percent(onTime, closedOfFound), median(closeDays),
                overdue, percent(repeats, found), rated.count(),
                rated.mean() == null ? null : BigDecimal.valueOf(rated.mean()).setScale(2, RoundingMode.HALF_UP),
                handling.received(), handling.handled(), ratio(officerVisits, officers * workingDays), officers, workingDays);
    }

    private static BigDecimal percent(long part, long whole) {
        return ratio(part * 100, whole);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The median of a histogram (value → how many), the mean of the middle two when the count is even; null when empty. */
    static BigDecimal median(Map<Long, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        Long lower = null;
        long seen = 0;
        for (Map.Entry<Long, Long> value : histogram.entrySet()) {
            seen += value.getValue();
            if (lower == null && seen >= (total + 1) / 2) {
                lower = value.getKey();
            }
            if (seen >= total / 2 + 1) {
                return BigDecimal.valueOf(lower + value.getKey()).divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static Summary.Change change(long now, long before) {
        return change(BigDecimal.valueOf(now), BigDecimal.valueOf(before));
    }

    /** The increase, and the growth in percent with two decimals; no percent when the earlier figure is 0 or missing. */
    static Summary.Change change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return new Summary.Change(null, null);
        }
        BigDecimal increase = now.subtract(before);
        BigDecimal percent = before.signum() == 0 ? null
                : increase.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
        return new Summary.Change(increase, percent);
    }
}
