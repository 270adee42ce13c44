package org.wanqi.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.i18n.Translations;
import org.wanqi.base.sheets.Xlsx;
import org.wanqi.organization.UnitService;

/**
 * The dashboard as reports: the narrative in the style of the bureau's half-year report (every
 * number and comparison computed, a sentence left out when there is nothing to say), the Excel
 * workbook (one sheet per table, the definitions beside the figures) and the Word document.
 */
@Service
public class AnalyticsReport {

    private final AnalyticsService analytics;
    private final UnitService units;
    private final Translations translations;

    AnalyticsReport(AnalyticsService analytics, UnitService units, Translations translations) {
        this.analytics = analytics;
        this.units = units;
        this.translations = translations;
    }

    /** The report's paragraphs: dispatch and checks; enterprises and coverage; risks; satisfaction and help requests. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public List<String> narrative(Summary summary, Locale locale) {
        Figures now = summary.current();
        Summary.Growth growth = summary.growth();
        List<String> paragraphs = new ArrayList<>();
        paragraph(paragraphs, locale,
                clause(locale, "officer-visits", now.officerVisits(), growth.officerVisits()),
                clause(locale, "checks", now.enterpriseChecks(), growth.enterpriseChecks()),
                clause(locale, "activity", now.activityIndex(), growth.activityIndex()));
        if (now.enterprisesChecked() > 0) {
            paragraph(paragraphs, locale, clause(locale, "enterprises", now.enterprisesChecked(), growth.enterprisesChecked())
                    .map(said -> now.coverage() == null ? said : said + say(locale, "coverage", Long.toString(now.population()), plain(percent(now.coverage())))));
        }
        if (now.risksFound() > 0 || now.risksClosed() > 0) {
            paragraph(paragraphs, locale,
                    clause(locale, "risks-found", now.risksFound(), growth.risksFound()),
                    clause(locale, "risks-closed", now.risksClosed(), growth.risksClosed()),
                    clause(locale, "rectification", percent(now.rectificationRate()), null),
                    clause(locale, "on-time", percent(now.onTimeRate()), null),
                    clause(locale, "median-days", now.medianDaysToClose(), null),
                    clause(locale, "repeat", percent(now.repeatRate()), null),
                    clause(locale, "overdue", now.overdueOpen() == null ? null : BigDecimal.valueOf(now.overdueOpen()), null));
        }
        paragraph(paragraphs, locale,
                now.ratings() == 0 ? Optional.empty() : Optional.of(say(locale, "ratings", Long.toString(now.ratings()), plain(now.satisfaction()))),
                now.assistanceReceived() + now.assistanceHandled() == 0 ? Optional.empty()
                        : Optional.of(say(locale, "assistance", Long.toString(now.assistanceReceived()), Long.toString(now.assistanceHandled()))));
        return paragraphs;
    }

    @SafeVarargs
    private void paragraph(List<String> paragraphs, Locale locale, Optional<String>... clauses) {
        List<String> said = Arrays.stream(clauses).flatMap(Optional::stream).toList();
        if (!said.isEmpty()) {
            paragraphs.add(String.join(translations.getTranslation("analytics.narrative.separator", locale), said)
                    + translations.getTranslation("analytics.narrative.end", locale));
        }
    }

    private Optional<String> clause(Locale locale, String figure, long value, Summary.Change change) {
        return clause(locale, figure, BigDecimal.valueOf(value), change);
    }

    /** A figure, and — when there is something to compare with — how it changed against a year earlier; nothing without the figure. */
    private Optional<String> clause(Locale locale, String figure, BigDecimal value, Summary.Change change) {
        if (value == null) {
            return Optional.empty();
        }
        String said = say(locale, figure, plain(value));
        if (change == null || change.percent() == null) {
            return Optional.of(said);
        }
        String direction = change.increase().signum() >= 0 ? "up" : "down";
        return Optional.of(said + say(locale, direction + "." + figure, plain(change.increase().abs()), plain(percent(change.percent().abs()))));
    }

    private String say(Locale locale, String key, String... values) {
        return translations.getTranslation("analytics.narrative." + key, locale, values);
    }

    /** Figures and increases as computed (an index of 0.40 stays 0.40); percents without trailing zeros (62.5%), as the report writes them. */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** The workbook: the report, the figures with their definitions, the trend, the units, the risk categories, the funnel, the ageing. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public void xlsx(LocalDate from, LocalDate to, String unitId, AnalyticsService.Bucket bucket, Locale locale, OutputStream out)
            throws IOException {
        Summary summary = analytics.summary(from, to, unitId);
        AnalyticsService.RiskPicture risks = analytics.risks(from, to, unitId);
        List<AnalyticsService.UnitFigures> ranked = analytics.units(from, to, unitId);
        List<Xlsx.Sheet> sheets = List.of(
                sheet(locale, "report", List.of("report.title"), Stream.concat(
                        Stream.of(title(summary, locale), rangeLine(summary, locale)),
                        narrative(summary, locale).stream()).map(List::of)),
                sheet(locale, "figures", List.of("report.metric", "report.current", "report.previous", "report.increase", "report.growth",
                        "report.definition"), Arrays.stream(Metric.values()).map(metric -> {
                            Summary.Change change = metric.change(summary);
                            return List.of(text(locale, "metric." + metric.name()), metric.format(summary.current()),
                                    metric.format(summary.previous()), change.increase() == null ? "—" : change.increase().toPlainString(),
                                    change.percent() == null ? "—" : change.percent().toPlainString() + "%",
                                    text(locale, "metric." + metric.name() + ".definition"));
                        })),
                sheet(locale, "trend", List.of("report.bucket." + bucket.name(), "metric.OFFICER_VISITS", "metric.CHECKS"),
                        analytics.trend(from, to, unitId, bucket).stream().map(point -> List.of(point.start().toString(),
                                Long.toString(point.officerVisits()), Long.toString(point.checks())))),
                sheet(locale, "units", List.of("report.rank", "visit.unit", "metric.OFFICER_VISITS", "metric.CHECKS", "metric.RISKS_FOUND"),
                        IntStream.range(0, ranked.size()).mapToObj(i -> List.of(Integer.toString(i + 1), unitName(ranked.get(i).unitId(), locale),
                                Long.toString(ranked.get(i).officerVisits()), Long.toString(ranked.get(i).checks()),
                                Long.toString(ranked.get(i).risksFound())))),
                sheet(locale, "categories", List.of("risk.category", "metric.RISKS_FOUND"), risks.byCategory().entrySet().stream()
                        .map(category -> List.of(text(locale, "risk.category." + category.getKey().name()), category.getValue().toString()))),
                sheet(locale, "funnel", List.of("report.stage", "report.risks"), IntStream.range(0, risks.funnel().size())
                        .mapToObj(i -> List.of(text(locale, "report.funnel." + i), risks.funnel().get(i).toString()))),
                sheet(locale, "ageing", List.of("report.overdue-days", "report.risks"), IntStream.range(0, risks.overdueAgeing().size())
                        .mapToObj(i -> List.of(text(locale, "report.ageing." + i), risks.overdueAgeing().get(i).toString()))));
        Xlsx.write(sheets, out);
    }

    private Xlsx.Sheet sheet(Locale locale, String name, List<String> headerKeys, Stream<List<String>> rows) {
        return new Xlsx.Sheet(text(locale, "report.sheet." + name), headerKeys.stream().map(key -> text(locale, key)).toList(), rows);
    }

    /** The Word document: title, range, the narrative, and the figures against a year earlier. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public void docx(LocalDate from, LocalDate to, String unitId, Locale locale, OutputStream out) throws IOException {
        Summary summary = analytics.summary(from, to, unitId);
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun headingText = heading.createRun();
            headingText.setBold(true);
            headingText.setFontSize(16);
            headingText.setText(title(summary, locale));
            document.createParagraph().createRun().setText(rangeLine(summary, locale));
            for (String paragraph : narrative(summary, locale)) {
                XWPFParagraph body = document.createParagraph();
                body.setIndentationFirstLine(480);
                body.createRun().setText(paragraph);
            }
            XWPFTable table = document.createTable(Metric.values().length + 1, 4);
            List<String> headers = List.of("report.metric", "report.current", "report.previous", "report.growth");
            for (int c = 0; c < headers.size(); c++) {
                table.getRow(0).getCell(c).setText(text(locale, headers.get(c)));
            }
            for (Metric metric : Metric.values()) {
                var row = table.getRow(metric.ordinal() + 1);
                Summary.Change change = metric.change(summary);
                row.getCell(0).setText(text(locale, "metric." + metric.name()));
                row.getCell(1).setText(metric.format(summary.current()));
                row.getCell(2).setText(metric.format(summary.previous()));
                row.getCell(3).setText(change.percent() == null ? "—" : change.percent().toPlainString() + "%");
            }
            document.write(out);
        }
    }

    private String title(Summary summary, Locale locale) {
        return text(locale, "report.title.of", summary.unitId() == null ? text(locale, "dashboard.whole-city") : unitName(summary.unitId(), locale));
    }

    private String rangeLine(Summary summary, Locale locale) {
        return text(locale, "report.range", summary.from().toString(), summary.to().toString(),
                summary.from().minusYears(1).toString(), summary.to().minusYears(1).toString());
    }

    private String unitName(String unitId, Locale locale) {
        return units.find(unitId).map(unit -> unit.displayName(locale)).orElse(unitId);
    }

    private String text(Locale locale, String key, Object... values) {
        return translations.getTranslation(key, locale, values);
    }
}
