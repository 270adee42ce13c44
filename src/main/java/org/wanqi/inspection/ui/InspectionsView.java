package org.wanqi.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.inspection.DrawDetails;
import org.wanqi.inspection.DrawInputs;
import org.wanqi.inspection.Outcome;
import org.wanqi.inspection.RandomInspections;
import org.wanqi.inspection.TaskDetails;
import org.wanqi.inspection.TaskStatus;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;

/**
 * 双随机抽查 for staff: an officer's inspection tasks (log the visit, correct the outcome), the draws of
 * the area, and for supervisors a new draw — committed first, drawn on its own page.
 */
@Route("inspections")
@Menu(order = 33, title = "nav.inspections", icon = "vaadin:random")
@RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
class InspectionsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient RandomInspections inspections;
    private final transient BusinessZone zone;

    InspectionsView(RandomInspections inspections, UnitService units, CurrentUser currentUser, BusinessZone zone, Clock clock) {
        this.inspections = inspections;
        this.zone = zone;
        addClassName("wanqi-page");
        if (currentUser.require().hasRole(Role.OFFICER)) {
            add(new H3(getTranslation("inspection.my-tasks")), myTasks());
        }
        if (currentUser.require().hasRole(Role.SUPERVISOR)) {
            add(new H3(getTranslation("draw.new")), newDraw(units.all(), zone.dateOf(clock.instant())));
        }
        add(new H3(getTranslation("draw.list")), draws(units), new Anchor("inspections/inspectors", getTranslation("nav.inspectors")),
                new Anchor("public/inspections", getTranslation("inspection.public-page")));
    }

    private Grid<TaskDetails> myTasks() {
        Grid<TaskDetails> grid = new Grid<>();
        grid.setId("inspection-tasks");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TaskDetails::quarter).setHeader(getTranslation("draw.quarter")).setAutoWidth(true);
        grid.addColumn(TaskDetails::enterpriseName).setHeader(getTranslation("visit.enterprise")).setFlexGrow(2);
        grid.addColumn(task -> getTranslation("task.status." + task.status().name())).setHeader(getTranslation("task.status"));
        grid.addComponentColumn(task -> task.status() == TaskStatus.OPEN
                ? new Anchor("visits/new?enterprise=" + task.enterpriseId() + "&type=RANDOM_INSPECTION", getTranslation("task.log-visit"))
                : outcome(grid, task)).setHeader(getTranslation("task.outcome")).setFlexGrow(2);
        grid.setItems(inspections.myTasks());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("task.none"));
        return grid;
    }

    private Select<Outcome> outcome(Grid<TaskDetails> grid, TaskDetails task) {
        Select<Outcome> outcome = new Select<>();
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("task.outcome." + value.name()));
        outcome.setValue(task.outcome());
        outcome.setReadOnly(task.published());
        outcome.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                inspections.recordOutcome(task.id(), change.getValue());
                grid.setItems(inspections.myTasks());
            }
        });
        return outcome;
    }

    private HorizontalLayout newDraw(List<Unit> units, LocalDate today) {
        String current = BusinessZone.quarterOf(today);
        String next = BusinessZone.quarterOf(BusinessZone.quarterStart(today).plusMonths(3));
        Select<String> quarters = new Select<>();
        quarters.setId("draw-quarter");
        quarters.setLabel(getTranslation("draw.quarter"));
        quarters.setItems(current, next);
        quarters.setValue(current);
        Select<Unit> county = new Select<>();
        county.setId("draw-unit");
        county.setLabel(getTranslation("draw.level"));
        county.setItems(units);
        county.setItemLabelGenerator(unit -> unit.level() == Unit.Level.CITY ? getTranslation("draw.level.MUNICIPAL")
                : getTranslation("draw.level.COUNTY") + " · " + unit.regionName(getLocale()));
        county.setValue(units.getFirst());
        MultiSelectComboBox<PollutionCategory> categories = new MultiSelectComboBox<>(getTranslation("draw.categories"));
        categories.setId("draw-categories");
        categories.setItems(PollutionCategory.values());
        categories.setItemLabelGenerator(value -> getTranslation("pollution." + value.name()));
        TextField industry = new TextField(getTranslation("draw.industry"));
        industry.setId("draw-industry");
        industry.setMaxLength(10);
        industry.setAllowedCharPattern("[A-Za-z0-9]");
        Checkbox cross = new Checkbox(getTranslation("draw.cross-region"));
        cross.setId("draw-cross-region");
        Button commit = new Button(getTranslation("draw.commit"), click -> {
            boolean municipal = county.getValue().level() == Unit.Level.CITY;
            DrawDetails committed = inspections.commit(new RandomInspections.DrawRequest(quarters.getValue(),
                    municipal ? DrawInputs.DrawLevel.MUNICIPAL : DrawInputs.DrawLevel.COUNTY, municipal ? null : county.getValue().id(),
                    cross.getValue(), new DrawInputs.Filter(categories.getValue(), industry.getValue())));
            getUI().ifPresent(ui -> ui.navigate(DrawView.class, committed.id()));
        });
        commit.setId("draw-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(quarters, county, categories, industry, cross, commit);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Grid<DrawDetails> draws(UnitService units) {
        Grid<DrawDetails> grid = new Grid<>();
        grid.setId("draws-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DrawDetails::quarter).setHeader(getTranslation("draw.quarter")).setAutoWidth(true);
        grid.addColumn(draw -> PublicDrawView.level(draw, units, this, getLocale()))
                .setHeader(getTranslation("draw.level")).setAutoWidth(true);
        grid.addColumn(draw -> getTranslation(draw.supersededBy() != null ? "draw.state.SUPERSEDED"
                : draw.drawn() ? "draw.state.DRAWN" : "draw.state.COMMITTED")).setHeader(getTranslation("draw.state")).setAutoWidth(true);
        grid.addColumn(draw -> TIME.format(zone.at(draw.committedAt()))).setHeader(getTranslation("draw.committed-at")).setAutoWidth(true);
        grid.addColumn(DrawDetails::enterprises).setHeader(getTranslation("draw.population")).setAutoWidth(true);
        grid.setItems(query -> inspections.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DrawView.class, click.getItem().id())));
        grid.setHeight("360px");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspections");
    }
}
