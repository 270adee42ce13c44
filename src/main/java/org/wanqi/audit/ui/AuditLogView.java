package org.wanqi.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.audit.AuditEvent;
import org.wanqi.audit.AuditFilter;
import org.wanqi.audit.AuditService;
import org.wanqi.base.BusinessZone;

/** The audit log, newest first, filtered by user, entity, action and date. */
@Route("admin/audit")
@Menu(order = 91, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TextField actor = filterField("audit.actor", "audit-actor");
    private final TextField entityType = filterField("audit.entity-type", "audit-entity");
    private final TextField action = filterField("audit.action", "audit-action");
    private final DatePicker from = new DatePicker(getTranslation("audit.from"));
    private final DatePicker to = new DatePicker(getTranslation("audit.to"));
    private final Grid<AuditEvent> grid = new Grid<>();

    AuditLogView(AuditService audit, BusinessZone zone) {
        addClassName("wanqi-page");
        setSizeFull();
        from.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, entityType, action, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(event -> TIME.format(zone.at(event.at()))).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::entityType).setHeader(getTranslation("audit.entity-type")).setAutoWidth(true);
        grid.addColumn(AuditEvent::entityId).setHeader(getTranslation("audit.entity-id")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(event -> event.changes().stream()
                .map(change -> change.field() + ": " + change.before() + " → " + change.after())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("audit.changes")).setFlexGrow(1);
        grid.setItems(query -> audit.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(filters, grid);
    }

    private TextField filterField(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        return field;
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entityType.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
