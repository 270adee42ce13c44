package org.wanqi.visit.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.security.Roles;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitService;

/** The visits in the user's area, newest first; a visit opens with its findings, advice and risks. */
@Route("visits")
@Menu(order = 21, title = "nav.visits", icon = "vaadin:records")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
class VisitsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    VisitsView(VisitService visits) {
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
        grid.setItems(query -> visits.page(null, null, null, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        add(grid);
    }

    private void open(VisitDetails visit) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(visit.enterpriseName() + " · " + getTranslation("visit.type." + visit.type().name()));
        UnorderedList advice = new UnorderedList(visit.advice().stream().map(a -> new ListItem(a.text())).toArray(ListItem[]::new));
        UnorderedList risks = new UnorderedList(visit.risks().stream()
                .map(r -> new ListItem(r.description() + "（" + getTranslation("risk.status." + r.status()) + "，"
                        + getTranslation("risk.deadline") + " " + r.deadline() + "）"))
                .toArray(ListItem[]::new));
        dialog.add(new Paragraph(TIME.format(visit.startedAt()) + " – " + TIME.format(visit.endedAt())),
                new Paragraph(visit.summary() == null ? "" : visit.summary()),
                new H4(getTranslation("visit.advice")), advice, new H4(getTranslation("visit.risks")), risks);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(640px, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits");
    }
}
