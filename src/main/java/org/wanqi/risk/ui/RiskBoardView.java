package org.wanqi.risk.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.Roles;

/** The risks in the user's area, most urgent deadline first, with counts per status. */
@Route("risks")
@Menu(order = 30, title = "nav.risks", icon = "vaadin:warning")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
class RiskBoardView extends VerticalLayout implements HasDynamicTitle {

    private final transient RiskService risks;
    private final Grid<RiskDetails> grid = new Grid<>();
    private final Select<RiskStatus> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final HorizontalLayout counts = new HorizontalLayout();

    RiskBoardView(RiskService risks) {
        this.risks = risks;
        addClassName("wanqi-page");
        setSizeFull();
        status.setId("risk-status-filter");
        status.setItems(RiskStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("risk.all-statuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("risk.all-statuses") : getTranslation("risk.status." + s.name()));
        status.addValueChangeListener(event -> refresh());
        overdueOnly.setLabel(getTranslation("risk.overdue-only"));
        overdueOnly.setId("risk-overdue-filter");
        overdueOnly.addValueChangeListener(event -> refresh());
        counts.setId("risk-counts");
        counts.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(status, overdueOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.setId("risk-board");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RiskDetails::enterpriseName).setHeader(getTranslation("visit.enterprise")).setAutoWidth(true);
        grid.addColumn(RiskDetails::description).setHeader(getTranslation("risk.description")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("risk.category." + r.category().name())).setHeader(getTranslation("risk.category")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("risk.severity." + r.severity().name())).setHeader(getTranslation("risk.severity")).setAutoWidth(true);
        grid.addComponentColumn(risk -> RiskLabels.statusBadge(this, risk)).setHeader(getTranslation("risk.status")).setAutoWidth(true);
        grid.addColumn(r -> r.deadline().toString()).setHeader(getTranslation("risk.deadline")).setAutoWidth(true);
        grid.setItems(query -> risks.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RiskView.class, click.getItem().id())));
        grid.setSizeFull();
        add(filters, counts, grid);
        refresh();
    }

    private RiskFilter filter() {
        return new RiskFilter(status.getValue(), overdueOnly.getValue() ? Boolean.TRUE : null, null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        counts.removeAll();
        RiskService.RiskCounts numbers = risks.counts();
        for (RiskStatus each : RiskStatus.values()) {
            Span count = new Span(getTranslation("risk.status." + each.name()) + " " + numbers.byStatus().get(each));
            count.getElement().getThemeList().add("badge");
            count.setId("risk-count-" + each.name());
            counts.add(count);
        }
        Span overdue = new Span(getTranslation("risk.overdue") + " " + numbers.overdue());
        overdue.getElement().getThemeList().add("badge error");
        overdue.setId("risk-count-overdue");
        counts.add(overdue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.risks");
    }
}
