package org.wanqi.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.inspection.InspectorDirectory;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;

/**
 * The inspector directory: certified officers with their availability (supervisors switch it) and
 * declared conflicts of interest; an officer declares their own conflicts here.
 */
@Route("inspections/inspectors")
@RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
class InspectorsView extends VerticalLayout implements HasDynamicTitle {

    private final transient InspectorDirectory directory;
    private final transient UnitService units;
    private final Grid<InspectorDirectory.Entry> grid = new Grid<>();

    InspectorsView(InspectorDirectory directory, EnterpriseService enterprises, UnitService units, CurrentUser currentUser) {
        this.directory = directory;
        this.units = units;
        addClassName("wanqi-page");
        boolean supervisor = currentUser.require().hasRole(Role.SUPERVISOR);
        grid.setId("inspectors-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(InspectorDirectory.Entry::displayName).setHeader(getTranslation("user.display-name")).setAutoWidth(true);
        grid.addColumn(InspectorDirectory.Entry::certificateNumber).setHeader(getTranslation("visit.certificate")).setAutoWidth(true);
        grid.addComponentColumn(this::validity).setHeader(getTranslation("inspector.valid-until")).setAutoWidth(true);
        grid.addColumn(entry -> units.find(entry.unitId()).map(unit -> unit.displayName(getLocale())).orElse(entry.unitId()))
                .setHeader(getTranslation("visit.unit")).setAutoWidth(true);
        grid.addComponentColumn(entry -> {
            Checkbox available = new Checkbox(entry.available());
            available.setReadOnly(!supervisor);
            available.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    directory.setAvailable(entry.userId(), change.getValue());
                }
            });
            return available;
        }).setHeader(getTranslation("inspector.available")).setAutoWidth(true);
        grid.addColumn(entry -> entry.conflicts().size()).setHeader(getTranslation("inspector.conflicts")).setAutoWidth(true);
        refresh();
        add(grid);
        if (currentUser.require().hasRole(Role.OFFICER)) {
            ComboBox<EnterpriseDetails> enterprise = new ComboBox<>(getTranslation("inspector.conflict.enterprise"));
            enterprise.setId("inspector-conflict-enterprise");
            enterprise.setItems(query -> enterprises.page(EnterpriseFilter.text(query.getFilter().orElse("")),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
            enterprise.setItemLabelGenerator(EnterpriseDetails::name);
            Button declare = new Button(getTranslation("inspector.conflict.declare"), click -> {
                if (enterprise.getValue() != null) {
                    directory.declareConflict(enterprise.getValue().id(), true);
                    enterprise.clear();
                    refresh();
                }
            });
            declare.setId("inspector-conflict-declare");
            declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(enterprise, declare);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(new H3(getTranslation("inspector.conflict.title")), form);
        }
    }

    /** The certificate's last valid day; an expired or unrecorded one is marked, as draws leave such inspectors out. */
    private HorizontalLayout validity(InspectorDirectory.Entry entry) {
        HorizontalLayout shown = new HorizontalLayout(new Span(entry.certificateValidUntil() == null
                ? getTranslation("inspector.valid-until.unknown") : entry.certificateValidUntil().toString()));
        shown.setSpacing(false);
        shown.getStyle().set("gap", "var(--lumo-space-xs)");
        if (!entry.certified()) {
            Span notDrawn = new Span(getTranslation("inspector.valid-until.not-valid"));
            notDrawn.getElement().getThemeList().add("badge error small");
            shown.add(notDrawn);
        }
        return shown;
    }

    private void refresh() {
        grid.setItems(directory.inspectors());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspectors");
    }
}
