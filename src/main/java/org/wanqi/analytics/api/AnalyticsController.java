package org.wanqi.analytics.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.analytics.AnalyticsReport;
import org.wanqi.analytics.AnalyticsService;
import org.wanqi.analytics.DailyAnalysis;
import org.wanqi.analytics.DailySnapshot;
import org.wanqi.analytics.Figures;
import org.wanqi.analytics.Summary;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.api.ApiLocale;

/** Efficiency figures for dashboards and reports (supervisors): a range against the same range a year earlier. */
@RestController
@RequestMapping("/api/v1/analytics")
@Validated
@Tag(name = "analytics", description = "Enforcement-efficiency figures (执法效能)")
@SecurityRequirement(name = "bearer")
class AnalyticsController {

    private final AnalyticsService analytics;
    private final AnalyticsReport report;
    private final DailyAnalysis daily;

    AnalyticsController(AnalyticsService analytics, AnalyticsReport report, DailyAnalysis daily) {
        this.analytics = analytics;
        this.report = report;
        this.daily = daily;
    }

    @GetMapping("/summary")
    @Operation(summary = "Figures of an inclusive date range (business time zone) for a unit or the caller's whole area, "
            + "the same range a year earlier, the growth (percent null when the earlier figure is 0), and the report's sentence")
    SummaryResponse summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) String unit, HttpServletRequest request) {
        Summary summary = analytics.summary(from, to, unit);
        Figures now = summary.current();
        return new SummaryResponse(from, to, unit, now.officerVisits(), now.enterpriseChecks(), now.enterprisesChecked(),
                now.activityIndex(), now.risksFound(), now.risksClosed(), now.rectificationRate(), now.overdueOpen(), now,
                summary.previous(), summary.growth(), String.join("\n", report.narrative(summary, ApiLocale.of(request))));
    }

    @GetMapping("/daily")
    @Operation(summary = "The daily efficiency analysis (每日效能分析) of a day: per county unit its figures, rank, overdue risks "
            + "and anomalies; 404 when none was taken that day")
    DailySnapshot daily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return daily.of(date).orElseThrow(() -> new NotFoundException("Daily analysis of " + date));
    }

    /** The headline figures at the top level, every figure under {@code figures}, the same for a year earlier, the growth, the report's text. */
    record SummaryResponse(LocalDate from, LocalDate to, String unit, long officerVisits, long enterpriseChecks, long enterprisesChecked,
                           BigDecimal activityIndex, long risksFound, long risksClosed, BigDecimal rectificationRate, Long overdueOpen,
                           Figures figures, Figures previous, Summary.Growth growth, String narrative) {
    }
}
