package org.wanqi.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.base.i18n.Translations;
import org.wanqi.security.DataScope;
import org.wanqi.security.UserService;

/**
 * Efficiency figures for a date range (inclusive, business time zone) and a unit — or, without a
 * unit, everything in the caller's area — read from the daily rollups, compared with the same range
 * one year earlier, and told as the bureau's reports tell them.
 */
@Service
public class AnalyticsService {

    /** The longest range asked for at once. */
    static final int MAX_DAYS = 3 * 366;

    private final MongoTemplate mongo;
    private final UserService users;
    private final DataScope scope;
    private final Translations translations;

    AnalyticsService(MongoTemplate mongo, UserService users, DataScope scope, Translations translations) {
        this.mongo = mongo;
        this.users = users;
        this.scope = scope;
        this.translations = translations;
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public Summary summary(LocalDate from, LocalDate to, String unitId) {
        requireRange(from, to, unitId);
        Figures current = figures(from, to, unitId);
        Figures previous = figures(from.minusYears(1), to.minusYears(1), unitId);
        return new Summary(from, to, unitId, current, previous, new Summary.Growth(
                change(current.officerVisits(), previous.officerVisits()), change(current.enterpriseChecks(), previous.enterpriseChecks()),
                change(current.activityIndex(), previous.activityIndex()), change(current.risksFound(), previous.risksFound())));
    }

    /** The summary's lead sentence, as the half-year report writes it; a figure without data is left out, a missing comparison not said. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public String narrative(Summary summary, Locale locale) {
        Summary.Growth growth = summary.growth();
        List<String> clauses = Stream.of(
                        clause(locale, "officer-visits", BigDecimal.valueOf(summary.current().officerVisits()), growth.officerVisits()),
                        clause(locale, "checks", BigDecimal.valueOf(summary.current().enterpriseChecks()), growth.enterpriseChecks()),
                        clause(locale, "activity", summary.current().activityIndex(), growth.activityIndex()))
                .flatMap(Optional::stream).toList();
        return String.join(translations.getTranslation("analytics.narrative.separator", locale), clauses)
                + translations.getTranslation("analytics.narrative.end", locale);
    }

    private Optional<String> clause(Locale locale, String figure, BigDecimal value, Summary.Change change) {
        if (value == null) {
            return Optional.empty();
        }
        String said = translations.getTranslation("analytics.narrative." + figure, locale, value.toPlainString());
        if (change.percent() == null) {
            return Optional.of(said);
        }
        String direction = change.increase().signum() >= 0 ? "up" : "down";
        return Optional.of(said + translations.getTranslation("analytics.narrative." + direction + "." + figure, locale,
                change.increase().abs().toPlainString(), change.percent().abs().stripTrailingZeros().toPlainString()));
    }

    /** One day's officer-visits and checks. */
    public record Day(LocalDate day, long officerVisits, long checks) {
    }

    /** The range's figures day by day (days without visits included), for the trend chart. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public List<Day> trend(LocalDate from, LocalDate to, String unitId) {
        requireRange(from, to, unitId);
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        from.datesUntil(to.plusDays(1)).forEach(day -> byDay.put(day, new long[2]));
        rollups(from, to, unitId).forEach(rollup -> {
            long[] counts = byDay.get(rollup.day());
            counts[0] += rollup.officerVisits();
            counts[1] += rollup.visits();
        });
        return byDay.entrySet().stream().map(day -> new Day(day.getKey(), day.getValue()[0], day.getValue()[1])).toList();
    }

    private void requireRange(LocalDate from, LocalDate to, String unitId) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainException("analytics.error.range", MAX_DAYS);
        }
        if (unitId != null ? !scope.coversRegion(unitId) : !scope.citywide()) {
            throw new AccessDeniedException("Figures outside the caller's area");
        }
    }

    private List<VisitRollup> rollups(LocalDate from, LocalDate to, String unitId) {
        Criteria range = Criteria.where("day").gte(from).lte(to);
        if (unitId != null) {
            range.and("unitId").is(unitId);
        }
        return mongo.find(Query.query(range), VisitRollup.class);
    }

    private Figures figures(LocalDate from, LocalDate to, String unitId) {
        List<VisitRollup> rollups = rollups(from, to, unitId);
        long officerVisits = rollups.stream().mapToLong(VisitRollup::officerVisits).sum();
        long checks = rollups.stream().mapToLong(VisitRollup::visits).sum();
        long withRisks = rollups.stream().mapToLong(VisitRollup::visitsWithRisks).sum();
        long risks = rollups.stream().mapToLong(VisitRollup::risksFound).sum();
        long officers = users.certifiedOfficers().stream().filter(officer -> unitId == null || unitId.equals(officer.unitId())).count();
        long workingDays = from.datesUntil(to.plusDays(1))
                .filter(BusinessZone::isWorkingDay).count();
        BigDecimal activity = officers == 0 || workingDays == 0 ? null
                : BigDecimal.valueOf(officerVisits).divide(BigDecimal.valueOf(officers * workingDays), 2, RoundingMode.HALF_UP);
        BigDecimal detection = checks == 0 ? null
                : BigDecimal.valueOf(withRisks * 100).divide(BigDecimal.valueOf(checks), 2, RoundingMode.HALF_UP);
        return new Figures(officerVisits, checks, withRisks, risks, activity, detection, officers, workingDays);
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
