package org.wanqi.visit.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.ui.Downloads;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitSheets;
import org.wanqi.visit.VisitType;

/**
 * The visits in the user's area — for an enterprise user, every visit to their enterprise (its
 * assistance history) — newest first, by year and type, exportable to .xlsx; a visit opens on its
 * own page.
 */
@Route("visits")
@Menu(order = 21, title = "nav.visits", icon = "vaadin:records")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.ENTERPRISE})
class VisitsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int YEARS = 5;

    private final Select<Integer> year = new Select<>();
    private final Select<VisitType> type = new Select<>();

    VisitsView(VisitService visits, VisitSheets sheets, BusinessZone zone, Clock clock, CurrentUser currentUser) {
        addClassName("wanqi-page");
        setSizeFull();
        int thisYear = Year.from(zone.dateOf(clock.instant())).getValue();
        year.setId("visits-year");
        year.setLabel(getTranslation("visit.year"));
        year.setItems(IntStream.range(0, YEARS).mapToObj(n -> thisYear - n).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("common.any"));
        type.setId("visits-type");
        type.setLabel(getTranslation("visit.type"));
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(value -> value == null ? getTranslation("common.any") : getTranslation("visit.type." + value.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("common.any"));
        HorizontalLayout filters = new HorizontalLayout(year, type, export(sheets));
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Grid<VisitDetails> grid = new Grid<>();
        grid.setId("visits-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> TIME.format(v.startedAt())).setHeader(getTranslation("visit.started")).setAutoWidth(true);
        if (!currentUser.require().hasRole(Role.ENTERPRISE)) {
            grid.addColumn(VisitDetails::enterpriseName).setHeader(getTranslation("visit.enterprise")).setAutoWidth(true);
        }
        grid.addColumn(v -> getTranslation("visit.type." + v.type().name())).setHeader(getTranslation("visit.type")).setAutoWidth(true);
        grid.addColumn(v -> v.officerIds().size()).setHeader(getTranslation("visit.officers")).setAutoWidth(true);
        grid.addColumn(v -> v.risks().size()).setHeader(getTranslation("visit.risk-count")).setAutoWidth(true);
        grid.addColumn(VisitDetails::summary).setHeader(getTranslation("visit.summary")).setFlexGrow(2);
        grid.setItems(query -> visits.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(VisitView.class, click.getItem().id())));
        grid.setSizeFull();
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(filters, grid);
    }

    private VisitFilter filter() {
        Integer chosen = year.getValue();
        return new VisitFilter(null, chosen == null ? null : LocalDate.of(chosen, 1, 1),
                chosen == null ? null : LocalDate.of(chosen, 12, 31), type.getValue());
    }

    private Anchor export(VisitSheets sheets) {
        Locale locale = getLocale();
        return Downloads.button("visits-export", getTranslation("visit.export"), getTranslation("visit.sheet-name") + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out -> sheets.export(filter(), locale, out));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits");
    }
}
