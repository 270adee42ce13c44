package org.wanqi.analytics;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The figures as the dashboard and the reports list them, in that order; names and definitions are
 * translated ({@code metric.<NAME>} and {@code metric.<NAME>.definition}, as {@code docs/metrics.md}
 * explains them).
 */
public enum Metric {
    OFFICER_VISITS(figures -> whole(figures.officerVisits()), false),
    CHECKS(figures -> whole(figures.enterpriseChecks()), false),
    ACTIVITY(Figures::activityIndex, false),
    ENTERPRISES_CHECKED(figures -> whole(figures.enterprisesChecked()), false),
    COVERAGE(Figures::coverage, true),
    DETECTION(Figures::problemDetectionRate, true),
    RISKS_FOUND(figures -> whole(figures.risksFound()), false),
    RISKS_CLOSED(figures -> whole(figures.risksClosed()), false),
    RECTIFICATION(Figures::rectificationRate, true),
    ON_TIME(Figures::onTimeRate, true),
    MEDIAN_DAYS(Figures::medianDaysToClose, false),
    OVERDUE(figures -> figures.overdueOpen() == null ? null : whole(figures.overdueOpen()), false),
    REPEAT(Figures::repeatRate, true),
    RATINGS(figures -> whole(figures.ratings()), false),
    SATISFACTION(Figures::satisfaction, false),
    ASSISTANCE_RECEIVED(figures -> whole(figures.assistanceReceived()), false),
    ASSISTANCE_HANDLED(figures -> whole(figures.assistanceHandled()), false);

    private final Function<Figures, BigDecimal> value;
    private final boolean percent;

    Metric(Function<Figures, BigDecimal> value, boolean percent) {
        this.value = value;
        this.percent = percent;
    }

    /** The figure; null when it cannot be computed. */
    public BigDecimal of(Figures figures) {
        return value.apply(figures);
    }

    /** The figure against the same range a year earlier. */
    public Summary.Change change(Summary summary) {
        return AnalyticsService.change(of(summary.current()), of(summary.previous()));
    }

    /** As shown: plain digits, "%" after rates, "—" when missing. */
    public String format(Figures figures) {
        BigDecimal figure = of(figures);
        return figure == null ? "—" : figure.toPlainString() + (percent ? "%" : "");
    }

    private static BigDecimal whole(long n) {
        return BigDecimal.valueOf(n);
    }
}
