package org.wanqi.inspection.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.ui.NotFoundText;
import org.wanqi.inspection.DrawDetails;
import org.wanqi.inspection.RandomInspections;
import org.wanqi.inspection.TaskDetails;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;
import org.wanqi.security.UserService;

/**
 * One draw for staff: its commitment, then (supervisors) draw it, approve publication or draw again
 * with a reason; its tasks with the inspectors' names. The verification material is on the public page.
 */
@Route("inspections/draws")
@RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
class DrawView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient RandomInspections inspections;
    private final transient UserService users;
    private final boolean supervisor;
    private String title = "";

    DrawView(RandomInspections inspections, UserService users, CurrentUser currentUser) {
        this.inspections = inspections;
        this.users = users;
        this.supervisor = currentUser.require().hasRole(Role.SUPERVISOR);
        addClassName("wanqi-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        try {
            show(inspections.get(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new NotFoundText());
        }
    }

    private void show(DrawDetails draw) {
        removeAll();
        title = draw.quarter() + " " + getTranslation("draw.level." + draw.level().name());
        Paragraph commitment = new Paragraph(getTranslation("draw.commitment") + "：" + draw.commitment());
        commitment.setId("draw-commitment");
        commitment.addClassName("wanqi-hash");
        Paragraph state = new Paragraph(getTranslation(draw.supersededBy() != null ? "draw.state.SUPERSEDED"
                : draw.drawn() ? "draw.state.DRAWN" : "draw.state.COMMITTED") + " · "
                + getTranslation("draw.sizes", draw.enterprises(), draw.inspectors()));
        state.setId("draw-state");
        add(new H2(title), commitment, state);
        if (draw.redrawOf() != null) {
            add(new Paragraph(getTranslation("draw.redraw-of", draw.redrawReason())));
        }
        if (draw.seed() != null) {
            Paragraph seed = new Paragraph(getTranslation("draw.seed") + "：" + draw.seed());
            seed.setId("draw-seed");
            seed.addClassName("wanqi-hash");
            add(seed);
        }
        Anchor verify = new Anchor("public/draws/" + draw.id(), getTranslation("draw.public-page"));
        verify.setId("draw-public-link");
        add(verify);
        if (supervisor && draw.supersededBy() == null) {
            add(actions(draw));
        }
        if (draw.drawn()) {
            add(tasks(inspections.tasks(draw.id())));
        }
    }

    private HorizontalLayout actions(DrawDetails draw) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!draw.drawn()) {
            Button run = new Button(getTranslation("draw.run"), click -> show(inspections.run(draw.id())));
            run.setId("draw-run");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(run);
        } else {
            Button publish = new Button(getTranslation("draw.publish"), click -> {
                long published = inspections.publish(draw.id());
                Notification.show(getTranslation("draw.published", published)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(inspections.get(draw.id()));
            });
            publish.setId("draw-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        Button redraw = new Button(getTranslation("draw.redraw"), click -> redraw(draw));
        redraw.setId("draw-redraw");
        redraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(redraw);
        return actions;
    }

    private void redraw(DrawDetails draw) {
        Dialog dialog = new Dialog(getTranslation("draw.redraw"));
        TextArea reason = new TextArea(getTranslation("draw.redraw.reason"));
        reason.setId("draw-redraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        dialog.add(reason);
        Button ok = new Button(getTranslation("draw.redraw"), click -> {
            DrawDetails next = inspections.redraw(draw.id(), reason.getValue());
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(DrawView.class, next.id()));
        });
        ok.setId("draw-redraw-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private Grid<TaskDetails> tasks(List<TaskDetails> tasks) {
        Map<String, String> names = new HashMap<>();
        users.officers(tasks.stream().flatMap(task -> task.inspectorIds().stream()).distinct().toList())
                .forEach(officer -> names.put(officer.id(), officer.displayName() + " " + officer.certificateNumber()));
        Grid<TaskDetails> grid = new Grid<>();
        grid.setId("draw-tasks");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TaskDetails::enterpriseName).setHeader(getTranslation("visit.enterprise")).setFlexGrow(2);
        grid.addColumn(task -> getTranslation("tier." + task.tier().name())).setHeader(getTranslation("enterprise.field.supervisionTier"));
        grid.addColumn(task -> String.join("、", task.inspectorIds().stream().map(id -> names.getOrDefault(id, id)).toList()))
                .setHeader(getTranslation("visit.team")).setFlexGrow(2);
        grid.addColumn(task -> getTranslation("task.status." + task.status().name())
                        + (task.outcome() == null ? "" : " · " + getTranslation("task.outcome." + task.outcome().name()))
                        + (task.published() ? " · " + getTranslation("task.published") : ""))
                .setHeader(getTranslation("task.status")).setFlexGrow(1);
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
