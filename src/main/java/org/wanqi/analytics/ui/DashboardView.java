package org.wanqi.analytics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.analytics.AnalyticsReport;
import org.wanqi.analytics.AnalyticsService;
import org.wanqi.analytics.Metric;
import org.wanqi.analytics.Summary;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.ui.Downloads;
import org.wanqi.base.ui.EChart;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.security.DataScope;
import org.wanqi.security.Roles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The efficiency dashboard: a range and a unit (the city, or a county — clicking a county's bar
 * drills into it; a county's supervisor sees their county), every figure against the same range a
 * year earlier, the charts (trend, units ranked, risk categories, rectification funnel, overdue
 * ageing), and the report — to read, copy, or download as Excel or Word.
 */
@Route("dashboard")
@Menu(order = 5, title = "nav.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final transient AnalyticsService analytics;
    private final transient AnalyticsReport report;
    private final transient DashboardCharts charts;
    private final Select<DashboardRange> range = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Unit> unit = new Select<>();
    private final Select<AnalyticsService.Bucket> bucket = new Select<>();
    private final Div cards = new Div();
    private final EChart trend = chart("dashboard-trend");
    private final EChart units = chart("dashboard-units");
    private final EChart categories = chart("dashboard-categories");
    private final EChart funnel = chart("dashboard-funnel");
    private final EChart ageing = chart("dashboard-ageing");
    private final Div narrative = new Div();
    private final List<Unit> mine;
    private final LocalDate today;

    DashboardView(AnalyticsService analytics, AnalyticsReport report, UnitService unitService, DataScope scope, BusinessZone zone,
                  Clock clock, JsonMapper json) {
        this.analytics = analytics;
        this.report = report;
        this.charts = new DashboardCharts(json);
        this.today = zone.dateOf(clock.instant());
        addClassName("wanqi-page");
        range.setId("dashboard-range");
        range.setLabel(getTranslation("dashboard.range"));
        range.setItems(DashboardRange.values());
        range.setItemLabelGenerator(value -> getTranslation("dashboard.range." + value.name()));
        range.setValue(DashboardRange.YEAR);
        from.setId("dashboard-from");
        from.setLabel(getTranslation("dashboard.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.to"));
        unit.setId("dashboard-unit");
        unit.setLabel(getTranslation("visit.unit"));
        mine = unitService.all().stream().filter(u -> u.level() == Unit.Level.CITY ? scope.citywide() : scope.coversRegion(u.id())).toList();
        unit.setItems(mine);
        unit.setItemLabelGenerator(this::label);
        unit.setValue(mine.getFirst());
        bucket.setId("dashboard-bucket");
        bucket.setLabel(getTranslation("dashboard.bucket"));
        bucket.setItems(AnalyticsService.Bucket.values());
        bucket.setItemLabelGenerator(value -> getTranslation("dashboard.bucket." + value.name()));
        bucket.setValue(AnalyticsService.Bucket.MONTH);
        cards.setId("dashboard-cards");
        cards.addClassName("wanqi-cards");
        narrative.setId("dashboard-narrative");
        units.addItemClickListener(click -> mine.stream().filter(u -> label(u).equals(click.name())).findFirst().ifPresent(unit::setValue));
        range.addValueChangeListener(change -> {
            bucket.setValue(change.getValue() == DashboardRange.YEAR || change.getValue() == DashboardRange.FIRST_HALF
                    || change.getValue() == DashboardRange.HALF_YEAR ? AnalyticsService.Bucket.MONTH : AnalyticsService.Bucket.DAY);
            refresh();
        });
        from.addValueChangeListener(change -> {
            to.setMin(change.getValue());
            refresh();
        });
        to.addValueChangeListener(change -> {
            from.setMax(change.getValue());
            refresh();
        });
        unit.addValueChangeListener(change -> refresh());
        bucket.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(range, from, to, unit, bucket, new Anchor("dashboard/daily", getTranslation("dashboard.daily")));
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div chartGrid = new Div(titled("dashboard.trend", trend), titled("dashboard.units", units), titled("dashboard.categories", categories),
                titled("dashboard.funnel", funnel), titled("dashboard.ageing", ageing));
        chartGrid.addClassName("wanqi-charts");
        Button copy = new Button(getTranslation("dashboard.copy"), new Icon(VaadinIcon.COPY_O), click -> copyReport());
        copy.setId("dashboard-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Locale locale = getLocale();
        HorizontalLayout actions = new HorizontalLayout(copy,
                Downloads.button("dashboard-export-xlsx", getTranslation("dashboard.export.xlsx"), getTranslation("nav.dashboard") + ".xlsx", XLSX,
                        out -> report.xlsx(start(), end(), unitId(), bucket.getValue(), locale, out)),
                Downloads.button("dashboard-export-docx", getTranslation("dashboard.export.docx"), getTranslation("nav.dashboard") + ".docx", DOCX,
                        out -> report.docx(start(), end(), unitId(), locale, out)));
        actions.setWrap(true);
        add(filters, cards, chartGrid, new H3(getTranslation("dashboard.report")), narrative, actions);
        refresh();
    }

    private static EChart chart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        return chart;
    }

    private Div titled(String titleKey, EChart chart) {
        Div box = new Div(new Span(getTranslation(titleKey)), chart);
        box.addClassName("wanqi-chart-box");
        return box;
    }

    private String label(Unit u) {
        return u.level() == Unit.Level.CITY ? getTranslation("dashboard.whole-city") : u.regionName(getLocale());
    }

    private LocalDate start() {
        boolean custom = range.getValue() == DashboardRange.CUSTOM;
        return custom && from.getValue() != null ? from.getValue() : range.getValue().from(today);
    }

    private LocalDate end() {
        boolean custom = range.getValue() == DashboardRange.CUSTOM;
        return custom && to.getValue() != null ? to.getValue() : range.getValue().to(today);
    }

    private String unitId() {
        return unit.getValue() == null || unit.getValue().level() == Unit.Level.CITY ? null : unit.getValue().id();
    }

    private void refresh() {
        boolean custom = range.getValue() == DashboardRange.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        LocalDate start = start();
        LocalDate end = end();
        String unitId = unitId();
        Summary summary = analytics.summary(start, end, unitId);
        cards.removeAll();
        Arrays.stream(Metric.values()).forEach(metric -> card(metric, summary));
        narrative.removeAll();
        report.narrative(summary, getLocale()).forEach(paragraph -> narrative.add(new Paragraph(paragraph)));
        List<AnalyticsService.Point> points = analytics.trend(start, end, unitId, bucket.getValue());
        trend.setOption(charts.lines(points.stream().map(point -> point.start().toString()).toList(), List.of(
                new DashboardCharts.Series(getTranslation("metric.OFFICER_VISITS"), points.stream().map(AnalyticsService.Point::officerVisits).toList()),
                new DashboardCharts.Series(getTranslation("metric.CHECKS"), points.stream().map(AnalyticsService.Point::checks).toList()))));
        Map<String, Unit> byId = mine.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<AnalyticsService.UnitFigures> ranked = analytics.units(start, end, unitId);
        units.setHeight(Math.max(280, 64 + 32 * ranked.size()) + "px");
        units.setOption(charts.bars(ranked.stream().map(u -> byId.containsKey(u.unitId()) ? label(byId.get(u.unitId())) : u.unitId()).toList(),
                List.of(new DashboardCharts.Series(getTranslation("metric.CHECKS"), ranked.stream().map(AnalyticsService.UnitFigures::checks).toList()),
                        new DashboardCharts.Series(getTranslation("metric.RISKS_FOUND"),
                                ranked.stream().map(AnalyticsService.UnitFigures::risksFound).toList())), true));
        AnalyticsService.RiskPicture risks = analytics.risks(start, end, unitId);
        categories.setOption(charts.slices("pie", risks.byCategory().keySet().stream().map(this::categoryLabel).toList(),
                List.copyOf(risks.byCategory().values())));
        funnel.setOption(charts.slices("funnel", labels("report.funnel.", risks.funnel().size()), risks.funnel()));
        ageing.setOption(charts.bars(labels("report.ageing.", risks.overdueAgeing().size()),
                List.of(new DashboardCharts.Series(getTranslation("report.risks"), risks.overdueAgeing())), false));
    }

    private String categoryLabel(RiskCategory category) {
        return getTranslation("risk.category." + category.name());
    }

    private List<String> labels(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> getTranslation(prefix + i)).toList();
    }

    /** A figure with its change against last year: ▲ or ▼ and the percent, "—" when there is nothing to compare with. */
    private void card(Metric metric, Summary summary) {
        Summary.Change change = metric.change(summary);
        Span growth = new Span(change.percent() == null ? "—"
                : (change.increase().signum() >= 0 ? "▲ " : "▼ ") + change.percent().abs().stripTrailingZeros().toPlainString() + "%");
        growth.getElement().getThemeList().add(change.percent() == null ? "badge contrast"
                : change.increase().signum() >= 0 ? "badge success" : "badge error");
        growth.getElement().setAttribute("title", getTranslation("report.previous") + " " + metric.format(summary.previous()));
        Div card = new Div(new Div(getTranslation("metric." + metric.name())), new Div(new Span(metric.format(summary.current())),
                new Span(" "), growth));
        card.addClassName("wanqi-card");
        card.setId("card-" + metric.name());
        card.getElement().setAttribute("title", getTranslation("metric." + metric.name() + ".definition"));
        cards.add(card);
    }

    private void copyReport() {
        String text = String.join("\n", report.narrative(analytics.summary(start(), end(), unitId()), getLocale()));
        getElement().executeJs("return navigator.clipboard.writeText($0)", text);
        Notification.show(getTranslation("dashboard.copied"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
