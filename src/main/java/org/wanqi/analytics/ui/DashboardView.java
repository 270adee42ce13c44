package org.wanqi.analytics.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.analytics.AnalyticsService;
import org.wanqi.analytics.Summary;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.ui.EChart;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.DataScope;
import org.wanqi.security.Roles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The efficiency dashboard (first part): a range and a unit (the city, or a county; a county's
 * supervisor sees their county), the key figures against the same range a year earlier, the daily
 * trend, and the report's sentence.
 */
@Route("dashboard")
@Menu(order = 5, title = "nav.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient AnalyticsService analytics;
    private final transient JsonMapper json;
    private final Select<DashboardRange> range = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Unit> unit = new Select<>();
    private final Div cards = new Div();
    private final EChart trend = new EChart();
    private final Paragraph narrative = new Paragraph();
    private final LocalDate today;

    DashboardView(AnalyticsService analytics, UnitService units, DataScope scope, BusinessZone zone, Clock clock, JsonMapper json) {
        this.analytics = analytics;
        this.json = json;
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
        List<Unit> mine = units.all().stream().filter(u -> u.level() == Unit.Level.CITY ? scope.citywide() : scope.coversRegion(u.id())).toList();
        unit.setItems(mine);
        unit.setItemLabelGenerator(u -> u.level() == Unit.Level.CITY ? getTranslation("dashboard.whole-city") : u.regionName(getLocale()));
        unit.setValue(mine.getFirst());
        cards.setId("dashboard-cards");
        cards.addClassName("wanqi-cards");
        trend.setId("dashboard-trend");
        narrative.setId("dashboard-narrative");
        range.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        unit.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(range, from, to, unit);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, cards, narrative, trend);
        refresh();
    }

    private void refresh() {
        boolean custom = range.getValue() == DashboardRange.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        LocalDate start = custom && from.getValue() != null ? from.getValue() : range.getValue().from(today);
        LocalDate end = custom && to.getValue() != null ? to.getValue() : today;
        String unitId = unit.getValue() == null || unit.getValue().level() == Unit.Level.CITY ? null : unit.getValue().id();
        Summary summary = analytics.summary(start, end, unitId);
        cards.removeAll();
        card("dashboard.officer-visits", BigDecimal.valueOf(summary.current().officerVisits()), summary.growth().officerVisits());
        card("dashboard.checks", BigDecimal.valueOf(summary.current().enterpriseChecks()), summary.growth().enterpriseChecks());
        card("dashboard.activity", summary.current().activityIndex(), summary.growth().activityIndex());
        card("dashboard.risks-found", BigDecimal.valueOf(summary.current().risksFound()), summary.growth().risksFound());
        narrative.setText(analytics.narrative(summary, getLocale()));
        trend.setOption(chart(analytics.trend(start, end, unitId)));
    }

    /** A figure with its change against last year: ▲ or ▼ and the percent, "—" when there is nothing to compare with. */
    private void card(String labelKey, BigDecimal value, Summary.Change change) {
        Span growth = new Span(change.percent() == null ? "—"
                : (change.increase().signum() >= 0 ? "▲ " : "▼ ") + change.percent().abs().stripTrailingZeros().toPlainString() + "%");
        growth.getElement().getThemeList().add(change.percent() == null ? "badge contrast"
                : change.increase().signum() >= 0 ? "badge success" : "badge error");
        Div card = new Div(new Div(getTranslation(labelKey)), new Div(new Span(value == null ? "—" : value.toPlainString()),
                new Span(" "), growth));
        card.addClassName("wanqi-card");
        cards.add(card);
    }

    private ObjectNode chart(List<AnalyticsService.Day> days) {
        ObjectNode option = json.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").putArray("data").add(getTranslation("dashboard.officer-visits")).add(getTranslation("dashboard.checks"));
        option.putObject("grid").put("left", 48).put("right", 16).put("top", 32).put("bottom", 32);
        ArrayNode axis = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        ArrayNode officerVisits = series.addObject().put("type", "line").put("name", getTranslation("dashboard.officer-visits"))
                .put("showSymbol", false).putArray("data");
        ArrayNode checks = series.addObject().put("type", "line").put("name", getTranslation("dashboard.checks"))
                .put("showSymbol", false).putArray("data");
        for (AnalyticsService.Day day : days) {
            axis.add(day.day().toString());
            officerVisits.add(day.officerVisits());
            checks.add(day.checks());
        }
        return option;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
