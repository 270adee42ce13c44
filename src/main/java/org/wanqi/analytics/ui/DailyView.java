package org.wanqi.analytics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.analytics.DailyAnalysis;
import org.wanqi.analytics.DailySnapshot;
import org.wanqi.base.BusinessZone;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Roles;

/**
 * 每日效能分析, day by day: the snapshot the morning job took (or one taken now on demand) — each
 * county's officer-visits, checks and overdue risks, its rank, and what deserves a look.
 */
@Route("dashboard/daily")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
class DailyView extends VerticalLayout implements HasDynamicTitle {

    private final transient DailyAnalysis daily;
    private final DatePicker day = new DatePicker();
    private final Paragraph state = new Paragraph();
    private final Grid<DailySnapshot.UnitDay> grid = new Grid<>();

    DailyView(DailyAnalysis daily, UnitService units, BusinessZone zone, Clock clock) {
        this.daily = daily;
        addClassName("wanqi-page");
        Map<String, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        day.setId("daily-day");
        day.setLabel(getTranslation("daily.day"));
        day.setMax(zone.dateOf(clock.instant()));
        day.setValue(zone.dateOf(clock.instant()).minusDays(1));
        day.addValueChangeListener(change -> show(null));
        Button take = new Button(getTranslation("daily.take"), click -> {
            if (day.getValue() != null) {
                show(daily.take(day.getValue()).units());
            }
        });
        take.setId("daily-take");
        state.setId("daily-state");
        grid.setId("daily-units");
        grid.addColumn(DailySnapshot.UnitDay::rank).setHeader(getTranslation("report.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(unit -> byId.containsKey(unit.unitId()) ? byId.get(unit.unitId()).regionName(getLocale()) : unit.unitId())
                .setHeader(getTranslation("visit.unit"));
        grid.addColumn(DailySnapshot.UnitDay::officerVisits).setHeader(getTranslation("metric.OFFICER_VISITS"));
        grid.addColumn(DailySnapshot.UnitDay::checks).setHeader(getTranslation("metric.CHECKS"));
        grid.addColumn(DailySnapshot.UnitDay::overdueNow).setHeader(getTranslation("metric.OVERDUE"));
        grid.addColumn(unit -> unit.anomalies().stream().map(anomaly -> getTranslation("daily.anomaly." + anomaly.name()))
                .collect(Collectors.joining(getTranslation("daily.anomaly.separator")))).setHeader(getTranslation("daily.anomalies")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        HorizontalLayout bar = new HorizontalLayout(day, take);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, state, grid);
        show(null);
    }

    /** Shows {@code units}, or — when null — the stored snapshot of the chosen day, if one was taken. */
    private void show(List<DailySnapshot.UnitDay> units) {
        List<DailySnapshot.UnitDay> shown = units != null ? units
                : day.getValue() == null ? List.of() : daily.of(day.getValue()).map(DailySnapshot::units).orElse(null);
        state.setText(shown == null ? getTranslation("daily.none") : "");
        state.setVisible(shown == null);
        grid.setItems(shown == null ? List.of() : shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.daily");
    }
}
