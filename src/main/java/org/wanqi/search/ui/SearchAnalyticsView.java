package org.wanqi.search.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.search.SearchAnalytics;
import org.wanqi.security.Roles;

/** For trainers: what people searched for, what found nothing, and what they opened — what to write next. */
@Route("regulations/analytics")
@Menu(order = 52, title = "nav.search-analytics", icon = "vaadin:chart-3d")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class SearchAnalyticsView extends VerticalLayout implements HasDynamicTitle {

    private static final int ROWS = 30;

    private final transient SearchAnalytics analytics;
    private final transient BusinessZone zone;
    private final transient Clock clock;
    private final Grid<SearchAnalytics.QueryStats> top = queryGrid("analytics-top-queries");
    private final Grid<SearchAnalytics.QueryStats> empty = queryGrid("analytics-zero-results");
    private final Grid<SearchAnalytics.ClickStats> opened = new Grid<>();

    SearchAnalyticsView(SearchAnalytics analytics, BusinessZone zone, Clock clock) {
        this.analytics = analytics;
        this.zone = zone;
        this.clock = clock;
        addClassName("wanqi-page");
        Select<Integer> days = new Select<>();
        days.setId("analytics-days");
        days.setLabel(getTranslation("analytics.search.period"));
        days.setItems(1, 7, 30, 90);
        days.setItemLabelGenerator(n -> getTranslation("analytics.search.days", n));
        days.addValueChangeListener(change -> show(change.getValue()));
        opened.setId("analytics-opened");
        opened.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        opened.addColumn(SearchAnalytics.ClickStats::title).setHeader(getTranslation("analytics.search.hit")).setFlexGrow(2);
        opened.addColumn(SearchAnalytics.ClickStats::query).setHeader(getTranslation("analytics.search.query")).setFlexGrow(2);
        opened.addColumn(SearchAnalytics.ClickStats::clicks).setHeader(getTranslation("analytics.search.opened")).setAutoWidth(true);
        opened.setAllRowsVisible(true);
        add(days, new H3(getTranslation("analytics.search.top")), top, new H3(getTranslation("analytics.search.zero")), empty,
                new H3(getTranslation("analytics.search.opened-hits")), opened);
        days.setValue(30);
    }

    private Grid<SearchAnalytics.QueryStats> queryGrid(String id) {
        Grid<SearchAnalytics.QueryStats> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SearchAnalytics.QueryStats::query).setHeader(getTranslation("analytics.search.query")).setFlexGrow(3);
        grid.addColumn(SearchAnalytics.QueryStats::searches).setHeader(getTranslation("analytics.search.searches")).setAutoWidth(true);
        grid.addColumn(SearchAnalytics.QueryStats::zeroResults).setHeader(getTranslation("analytics.search.none")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void show(int days) {
        LocalDate today = zone.dateOf(clock.instant());
        SearchAnalytics.Report report = analytics.report(today.minusDays(days - 1L), today, ROWS);
        top.setItems(report.topQueries());
        empty.setItems(report.zeroResultQueries());
        opened.setItems(report.openedHits());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search-analytics");
    }
}
