package org.wanqi.visit.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.files.FileService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitService;

/** The visits in the user's area, newest first; a visit opens with its findings, checklist, advice, risks, photos and supplements. */
@Route("visits")
@Menu(order = 21, title = "nav.visits", icon = "vaadin:records")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
class VisitsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    VisitsView(VisitService visits, FileService files, BusinessZone zone, CurrentUser currentUser) {
        boolean staffInField = currentUser.require().hasRole(Role.OFFICER) || currentUser.require().hasRole(Role.SUPERVISOR);
        addClassName("wanqi-page");
        setSizeFull();
        Grid<VisitDetails> grid = new Grid<>();
        grid.setId("visits-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> TIME.format(v.startedAt())).setHeader(getTranslation("visit.started")).setAutoWidth(true);
        grid.addColumn(VisitDetails::enterpriseName).setHeader(getTranslation("visit.enterprise")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("visit.type." + v.type().name())).setHeader(getTranslation("visit.type")).setAutoWidth(true);
        grid.addColumn(v -> v.officerIds().size()).setHeader(getTranslation("visit.officers")).setAutoWidth(true);
        grid.addColumn(v -> v.risks().size()).setHeader(getTranslation("visit.risk-count")).setAutoWidth(true);
        grid.addColumn(VisitDetails::summary).setHeader(getTranslation("visit.summary")).setFlexGrow(2);
        grid.setItems(query -> visits.page(VisitFilter.none(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> {
            VisitDialog dialog = new VisitDialog(visits, files, zone, staffInField);
            dialog.show(visits.get(click.getItem().id()));
            dialog.open();
        });
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits");
    }
}
