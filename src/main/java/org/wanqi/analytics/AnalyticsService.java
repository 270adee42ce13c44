package org.wanqi.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
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

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
        visitRollups(from, to, unitId).forEach(rollup -> {
            long[] counts = byBucket.get(start(rollup.day(), bucket));
            counts[0] += rollup.officerVisits();
            counts[1] += rollup.visits();
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
        visitRollups(from, to, unitId).forEach(rollup -> {
            long[] counts = byUnit.computeIfAbsent(rollup.unitId(), unit -> new long[3]);
            counts[0] += rollup.officerVisits();
            counts[1] += rollup.visits();
        });
        riskRollups(from, to, unitId).forEach(rollup -> byUnit.computeIfAbsent(rollup.unitId(), unit -> new long[3])[2] += rollup.found());
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

    /** Days overdue at which each ageing bucket starts. */
    static final List<Integer> AGEING_FROM = List.of(1, 8, 31, 91);

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public RiskPicture risks(LocalDate from, LocalDate to, String unitId) {
        requireRange(from, to, unitId);
        Map<RiskCategory, Long> byCategory = new EnumMap<>(RiskCategory.class);
        long[] funnel = new long[4];
        for (RiskRollup rollup : riskRollups(from, to, unitId)) {
            if (rollup.found() > 0) {
                byCategory.merge(rollup.category(), rollup.found(), Long::sum);
            }
            long closed = rollup.inStatus(RiskStatus.CLOSED.name());
            long pending = rollup.inStatus(RiskStatus.PENDING_VERIFICATION.name());
            funnel[0] += rollup.found();
            funnel[1] += rollup.inStatus(RiskStatus.RECTIFYING.name()) + pending + closed;
            funnel[2] += pending + closed;
            funnel[3] += closed;
        }
        LocalDate today = zone.dateOf(clock.instant());
        long[] ageing = new long[AGEING_FROM.size()];
        overdueRollups(unitId, today).forEach(rollup -> {
            long days = ChronoUnit.DAYS.between(rollup.deadline(), today);
            int bucket = AGEING_FROM.size() - 1;
            while (days < AGEING_FROM.get(bucket)) {
                bucket--;
            }
            ageing[bucket] += rollup.open();
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

    private static Criteria inUnit(Criteria criteria, String unitId) {
        return unitId == null ? criteria : criteria.and("unitId").is(unitId);
    }

    private List<VisitRollup> visitRollups(LocalDate from, LocalDate to, String unitId) {
        return mongo.find(Query.query(inUnit(Criteria.where("day").gte(from).lte(to), unitId)), VisitRollup.class);
    }

    private List<RiskRollup> riskRollups(LocalDate from, LocalDate to, String unitId) {
        return mongo.find(Query.query(inUnit(Criteria.where("day").gte(from).lte(to), unitId)), RiskRollup.class);
    }

    private List<DeadlineRollup> overdueRollups(String unitId, LocalDate today) {
        return mongo.find(Query.query(inUnit(Criteria.where("deadline").lt(today).and("open").gt(0), unitId)), DeadlineRollup.class);
    }

    private long overdueNow(String unitId, LocalDate today) {
        return overdueRollups(unitId, today).stream().mapToLong(DeadlineRollup::open).sum();
    }

    /** Overdue risks as the daily snapshot of {@code day} recorded them; null when none was taken that day. */
    private Long overdueRecorded(String unitId, LocalDate day) {
        DailySnapshot snapshot = mongo.findById(day, DailySnapshot.class);
        return snapshot == null ? null : snapshot.units().stream().filter(unit -> unitId == null || unitId.equals(unit.unitId()))
                .mapToLong(DailySnapshot.UnitDay::overdueNow).sum();
    }

    private Figures figures(LocalDate from, LocalDate to, String unitId, long population, Long overdue) {
        List<VisitRollup> visits = visitRollups(from, to, unitId);
        long officerVisits = visits.stream().mapToLong(VisitRollup::officerVisits).sum();
        long checks = visits.stream().mapToLong(VisitRollup::visits).sum();
        long withRisks = visits.stream().mapToLong(VisitRollup::visitsWithRisks).sum();
        Set<String> checked = new HashSet<>();
        mongo.find(Query.query(inUnit(Criteria.where("month").gte(from.withDayOfMonth(1)).lte(to), unitId)), EnterpriseMonth.class)
                .forEach(month -> month.checkedWithin(from, to, checked));
        List<RiskRollup> risks = riskRollups(from, to, unitId);
        long found = risks.stream().mapToLong(RiskRollup::found).sum();
        long closedOfFound = risks.stream().mapToLong(rollup -> rollup.inStatus(RiskStatus.CLOSED.name())).sum();
        long onTime = risks.stream().mapToLong(RiskRollup::closedOnTime).sum();
        long repeats = risks.stream().mapToLong(RiskRollup::repeats).sum();
        long closed = risks.stream().mapToLong(RiskRollup::closed).sum();
        Map<Long, Long> closeDays = new TreeMap<>();
        risks.forEach(rollup -> rollup.closeDays().forEach((days, n) -> closeDays.merge(Long.parseLong(days), n, Long::sum)));
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
