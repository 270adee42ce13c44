package org.wanqi.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.wanqi.base.BusinessZone;
import org.wanqi.inspection.PublicInspections;

/**
 * 一公开, for everyone, without signing in: the quarter's figures and every published inspection
 * result, each linking to the draw it came from and its verification.
 */
@Route(value = "public/inspections", autoLayout = false)
@AnonymousAllowed
class PublicInspectionsView extends VerticalLayout implements HasDynamicTitle {

    PublicInspectionsView(PublicInspections inspections, BusinessZone zone, Clock clock) {
        addClassName("wanqi-page");
        setMaxWidth("1100px");
        LocalDate today = zone.dateOf(clock.instant());
        LocalDate lastQuarter = today.minusMonths(3);
        Paragraph figures = new Paragraph(String.join(" ", figures(inspections.quarter(BusinessZone.quarterOf(today))),
                figures(inspections.quarter(BusinessZone.quarterOf(lastQuarter)))));
        figures.setId("public-figures");
        Grid<PublicInspections.Item> grid = new Grid<>();
        grid.setId("public-inspections");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PublicInspections.Item::enterpriseName).setHeader(getTranslation("visit.enterprise")).setFlexGrow(2);
        grid.addColumn(PublicInspections.Item::uscc).setHeader(getTranslation("enterprise.field.uscc")).setAutoWidth(true);
        grid.addColumn(PublicInspections.Item::inspectedOn).setHeader(getTranslation("public.inspected-on")).setAutoWidth(true);
        grid.addColumn(PublicInspections.Item::inspectingUnit).setHeader(getTranslation("visit.unit")).setFlexGrow(1);
        grid.addColumn(item -> item.outcome() == null ? "" : getTranslation("task.outcome." + item.outcome().name()))
                .setHeader(getTranslation("task.outcome")).setAutoWidth(true);
        grid.addColumn(item -> item.problems().stream().map(problem -> problem.description() + "（"
                        + getTranslation("risk.status." + problem.status()) + "）").collect(Collectors.joining("；")))
                .setHeader(getTranslation("public.problems")).setFlexGrow(3);
        grid.addComponentColumn(item -> new Anchor("public/draws/" + item.drawId(), item.quarter()))
                .setHeader(getTranslation("public.draw")).setAutoWidth(true);
        grid.setItems(query -> inspections.published(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("public.none"));
        grid.setHeight("640px");
        add(new H1(getTranslation("public.title")), new Paragraph(getTranslation("public.intro")), figures, grid);
    }

    /** The quarter's figures as the bureau's reports write them; nothing when nothing was drawn. */
    private String figures(PublicInspections.QuarterFigures quarter) {
        return quarter.byLevel().entrySet().stream()
                .map(level -> getTranslation("public.figures", quarter.quarter(), getTranslation("draw.level." + level.getKey().name()),
                        level.getValue().drawn(), level.getValue().inspected(), level.getValue().withProblems(), level.getValue().published()))
                .collect(Collectors.joining(" "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
