package org.wanqi.risk.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Roles;

/**
 * The risks in the user's area, open ones by nearest deadline first, with counts per status; filtered by
 * status, overdue, due soon, severity, category, county and "recorded by me". Lazy: only the rows
 * shown are read.
 */
@Route("risks")
@Menu(order = 30, title = "nav.risks", icon = "vaadin:warning")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
class RiskBoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient RiskService risks;
    private final String username;
    private final Grid<RiskDetails> grid = new Grid<>();
    private final Select<RiskStatus> status = new Select<>();
    private final Select<Severity> severity = new Select<>();
    private final Select<RiskCategory> category = new Select<>();
    private final Select<Unit> region = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Checkbox dueSoon = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Button enterpriseChip = new Button();
    private String enterpriseId;

    RiskBoardView(RiskService risks, UnitService units, CurrentUser currentUser) {
        this.risks = risks;
        this.username = currentUser.require().getUsername();
        addClassName("wanqi-page");
        setSizeFull();
        choices(status, "risk-status-filter", "risk.all-statuses", RiskStatus.values(), s -> getTranslation("risk.status." + s.name()));
        choices(severity, "risk-severity-filter", "risk.all-severities", Severity.values(), s -> getTranslation("risk.severity." + s.name()));
        choices(category, "risk-category-filter", "risk.all-categories", RiskCategory.values(), c -> getTranslation("risk.category." + c.name()));
        choices(region, "risk-region-filter", "risk.all-regions",
                units.counties().toArray(Unit[]::new), u -> u.regionName(getLocale()));
        overdueOnly.setLabel(getTranslation("risk.overdue-only"));
        overdueOnly.setId("risk-overdue-filter");
        dueSoon.setLabel(getTranslation("risk.due-soon-only"));
        dueSoon.setId("risk-due-soon-filter");
        mine.setLabel(getTranslation("risk.mine-only"));
        mine.setId("risk-mine-filter");
        for (HasValue<?, ?> filter : new HasValue<?, ?>[]{status, severity, category, region, overdueOnly, dueSoon, mine}) {
            filter.addValueChangeListener(event -> refresh());
        }
        counts.setId("risk-counts");
        counts.setWrap(true);
        enterpriseChip.setId("risk-enterprise-filter");
        enterpriseChip.setText(getTranslation("risk.one-enterprise"));
        enterpriseChip.setIcon(new Icon(VaadinIcon.CLOSE_SMALL));
        enterpriseChip.setIconAfterText(true);
        enterpriseChip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        enterpriseChip.setVisible(false);
        enterpriseChip.addClickListener(click -> {
            enterpriseId = null;
            enterpriseChip.setVisible(false);
            refresh();
        });
        HorizontalLayout filters = new HorizontalLayout(status, severity, category, region, overdueOnly, dueSoon, mine, enterpriseChip);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);

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

    /**
     * The bell links here with {@code ?overdue=true} or {@code ?dueSoon=true}, an enterprise's page
     * with {@code ?enterpriseId=…} (shown as a removable chip); {@code ?status=OPEN} picks a status.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        enterpriseId = parameters.getSingleParameter("enterpriseId").orElse(null);
        enterpriseChip.setVisible(enterpriseId != null);
        if (enterpriseId != null) {
            grid.getDataProvider().refreshAll();
        }
        parameters.getSingleParameter("overdue").map(Boolean::parseBoolean).ifPresent(overdueOnly::setValue);
        parameters.getSingleParameter("dueSoon").map(Boolean::parseBoolean).ifPresent(dueSoon::setValue);
        parameters.getSingleParameter("status").flatMap(RiskBoardView::status).ifPresent(status::setValue);
    }

    private static java.util.Optional<RiskStatus> status(String name) {
        return java.util.Arrays.stream(RiskStatus.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    private <T> void choices(Select<T> select, String id, String allKey, T[] items,
                             com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        select.setId(id);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(item -> item == null ? getTranslation(allKey) : label.apply(item));
    }

    private RiskFilter filter() {
        return new RiskFilter(status.getValue(), overdueOnly.getValue() ? Boolean.TRUE : null, enterpriseId, severity.getValue(),
                category.getValue(), region.getValue() == null ? null : region.getValue().id(),
                mine.getValue() ? username : null, dueSoon.getValue() ? Boolean.TRUE : null);
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
        Span dueSoonCount = new Span(getTranslation("risk.due-soon") + " " + numbers.dueSoon());
        dueSoonCount.getElement().getThemeList().add("badge contrast");
        dueSoonCount.setId("risk-count-due-soon");
        counts.add(overdue, dueSoonCount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.risks");
    }
}
