package org.wanqi.enterprise.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.ui.BeanValidation;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.TimelineEntry;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Roles;
import org.wanqi.security.UserService;

/**
 * The 360° page of one enterprise: its facts, its contacts, its logins (for those who may edit it) and
 * one timeline of everything that happened to it, newest first (any module's {@link TimelineEntry} appears here).
 */
@Route("enterprises")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.TRAINER})
class EnterpriseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient EnterpriseService enterprises;
    private final transient UserService users;
    private final transient List<Unit> units;
    private final transient BusinessZone zone;
    private final transient BeanValidation validation;
    private final transient EnterpriseLabels labels;
    private final boolean mayEdit;
    private String title = "";

    EnterpriseView(EnterpriseService enterprises, UserService users, UnitService unitService, BusinessZone zone,
                   BeanValidation validation, AuthenticationContext auth) {
        this.enterprises = enterprises;
        this.users = users;
        this.units = unitService.all();
        this.zone = zone;
        this.validation = validation;
        this.labels = new EnterpriseLabels(this, units);
        this.mayEdit = auth.hasAnyRole(Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER);
        addClassName("wanqi-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        try {
            show(enterprises.get(id));
        } catch (NotFoundException e) {
            title = getTranslation("enterprise.not-found");
            Paragraph missing = new Paragraph(title);
            missing.setId("enterprise-not-found");
            add(missing);
        }
    }

    private void show(EnterpriseDetails enterprise) {
        title = enterprise.name();
        H2 name = new H2(enterprise.name());
        name.setId("enterprise-name");
        HorizontalLayout heading = new HorizontalLayout(name);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setWrap(true);
        if (enterprise.keyDischargeUnit()) {
            heading.add(EnterpriseLabels.badge(getTranslation("enterprise.key-unit"), "error"));
        }
        heading.add(EnterpriseLabels.badge(labels.label(enterprise.operatingStatus(), "operating."), "contrast"));
        if (mayEdit) {
            Button edit = new Button(getTranslation("action.edit"), new Icon(VaadinIcon.EDIT), click ->
                    new EnterpriseEditor(enterprises, units, validation, enterprises.get(enterprise.id()),
                            saved -> { removeAll(); show(saved); }).open());
            edit.setId("enterprise-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            heading.add(edit);
            Anchor risks = new Anchor("risks?enterpriseId=" + enterprise.id(), getTranslation("enterprise.risks"));
            risks.setId("enterprise-risks");
            heading.add(risks);
        }
        add(heading, new EnterpriseFacts(enterprise, units));
        if (mayEdit) {
            add(new H3(getTranslation("enterprise.accounts")), new EnterpriseAccounts(users, enterprise.id()));
        }
        add(new H3(getTranslation("enterprise.timeline")), timeline(enterprise.id()));
    }

    private Grid<TimelineEntry> timeline(String enterpriseId) {
        Grid<TimelineEntry> grid = new Grid<>();
        grid.setId("enterprise-timeline");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> TIME.format(zone.at(entry.at()))).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::summary).setFlexGrow(1);
        grid.setItems(query -> enterprises.timeline(enterpriseId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("enterprise.timeline.empty"));
        grid.setHeight("320px");
        return grid;
    }

    private String summary(TimelineEntry entry) {
        Object[] args = new Object[entry.summaryArgs().size() + 1];
        args[0] = entry.actor();
        for (int i = 0; i < entry.summaryArgs().size(); i++) {
            args[i + 1] = entry.summaryArgs().get(i);
        }
        String summary = getTranslation(entry.summaryKey(), args);
        if (entry.fields().isEmpty()) {
            return summary;
        }
        return summary + "：" + entry.fields().stream().map(f -> getTranslation("enterprise.field." + f))
                .collect(Collectors.joining("、"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
