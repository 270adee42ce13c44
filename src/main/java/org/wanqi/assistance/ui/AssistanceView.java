package org.wanqi.assistance.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.assistance.AssistanceDetails;
import org.wanqi.assistance.AssistanceDraft;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.assistance.AssistanceStatus;
import org.wanqi.assistance.AssistanceTopic;
import org.wanqi.base.BusinessZone;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;

/**
 * Help requests (帮扶申请). An enterprise user asks for help here and follows their requests; the
 * officers of the enterprise's unit see the requests of their area, accept or decline them, and
 * log the visit that answers one.
 */
@Route("assistance")
@Menu(order = 31, title = "nav.assistance", icon = "vaadin:handshake")
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
class AssistanceView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient AssistanceService requests;
    private final transient BusinessZone zone;
    private final boolean enterprise;
    private final boolean handles;
    private final Select<AssistanceStatus> status = new Select<>();
    private final Grid<AssistanceDetails> grid = new Grid<>();

    AssistanceView(AssistanceService requests, BusinessZone zone, Clock clock, CurrentUser currentUser) {
        this.requests = requests;
        this.zone = zone;
        this.enterprise = currentUser.require().hasRole(Role.ENTERPRISE);
        this.handles = currentUser.require().hasRole(Role.OFFICER) || currentUser.require().hasRole(Role.SUPERVISOR);
        addClassName("wanqi-page");
        if (enterprise) {
            add(new H3(getTranslation("assistance.new")), form(clock));
        }
        status.setId("assistance-status");
        status.setLabel(getTranslation("assistance.status"));
        status.setItems(AssistanceStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("common.any") : getTranslation("assistance.status." + value.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.any"));
        status.setValue(enterprise ? null : AssistanceStatus.SUBMITTED);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(new H3(getTranslation(enterprise ? "assistance.mine" : "assistance.area")), status, grid());
    }

    private VerticalLayout form(Clock clock) {
        Select<AssistanceTopic> topic = new Select<>();
        topic.setId("assistance-topic");
        topic.setLabel(getTranslation("assistance.topic"));
        topic.setItems(Arrays.stream(AssistanceTopic.values()).filter(t -> t != AssistanceTopic.PROFILE_CORRECTION).toList());
        topic.setItemLabelGenerator(value -> getTranslation("assistance.topic." + value.name()));
        TextArea description = new TextArea(getTranslation("assistance.description"));
        description.setId("assistance-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        DatePicker from = new DatePicker(getTranslation("assistance.preferred-from"));
        from.setId("assistance-from");
        from.setMin(zone.dateOf(clock.instant()));
        DatePicker to = new DatePicker(getTranslation("assistance.preferred-to"));
        to.setId("assistance-to");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        Button submit = new Button(getTranslation("assistance.submit"), click -> {
            if (topic.getValue() == null) {
                topic.setErrorMessage(getTranslation("assistance.topic.required"));
                topic.setInvalid(true);
                return;
            }
            requests.submit(new AssistanceDraft(topic.getValue(), description.getValue(), from.getValue(), to.getValue()));
            topic.clear();
            topic.setInvalid(false);
            description.clear();
            from.clear();
            to.clear();
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("assistance.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        submit.setId("assistance-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout dates = new HorizontalLayout(from, to);
        dates.setWrap(true);
        VerticalLayout form = new VerticalLayout(topic, description, dates, submit);
        form.setPadding(false);
        form.setMaxWidth("640px");
        return form;
    }

    private Grid<AssistanceDetails> grid() {
        grid.setId("assistance-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> TIME.format(zone.at(r.requestedAt()))).setHeader(getTranslation("assistance.requested-at")).setAutoWidth(true);
        if (!enterprise) {
            grid.addColumn(AssistanceDetails::enterpriseName).setHeader(getTranslation("visit.enterprise")).setAutoWidth(true);
        }
        grid.addColumn(r -> getTranslation("assistance.topic." + r.topic().name())).setHeader(getTranslation("assistance.topic")).setAutoWidth(true);
        grid.addColumn(AssistanceDetails::description).setHeader(getTranslation("assistance.description")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("assistance.status." + r.status().name())).setHeader(getTranslation("assistance.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.answer() == null ? "" : r.answer()).setHeader(getTranslation("assistance.answer")).setFlexGrow(1);
        grid.setItems(query -> requests.page(status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("assistance.none"));
        if (handles) {
            grid.addItemClickListener(click -> handle(click.getItem()));
        }
        return grid;
    }

    /** The officer's dialog: the request, then accept, decline, or log the visit that answers it. */
    private void handle(AssistanceDetails request) {
        Dialog dialog = new Dialog(request.enterpriseName() + " · " + getTranslation("assistance.topic." + request.topic().name()));
        dialog.setWidth("min(560px, 100vw)");
        dialog.add(new Paragraph(request.description()));
        if (request.preferredFrom() != null) {
            dialog.add(new Paragraph(getTranslation("assistance.preferred", request.preferredFrom(),
                    request.preferredTo() == null ? "" : request.preferredTo())));
        }
        TextArea answer = new TextArea(getTranslation("assistance.answer"));
        answer.setId("assistance-answer");
        answer.setWidthFull();
        answer.setMaxLength(2000);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("assistance-actions");
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (request.status() == AssistanceStatus.SUBMITTED) {
            actions.add(action("assistance-accept", "assistance.accept", ButtonVariant.LUMO_PRIMARY, () ->
                    requests.accept(request.id(), answer.getValue(), request.version()), dialog));
        }
        if (request.status() == AssistanceStatus.SUBMITTED || request.status() == AssistanceStatus.ACCEPTED) {
            if (request.topic() == AssistanceTopic.PROFILE_CORRECTION) {
                actions.add(action("assistance-corrected", "assistance.corrected", ButtonVariant.LUMO_SUCCESS, () ->
                        requests.complete(request.id(), null, null, answer.getValue()), dialog));
                actions.add(new Anchor("enterprises/" + request.enterpriseId(), getTranslation("assistance.open-enterprise")));
            } else {
                Anchor visit = new Anchor("visits/new?enterprise=" + request.enterpriseId() + "&request=" + request.id(),
                        getTranslation("assistance.log-visit"));
                visit.setId("assistance-log-visit");
                actions.add(visit);
            }
            actions.add(action("assistance-decline", "assistance.decline", ButtonVariant.LUMO_ERROR, () ->
                    requests.decline(request.id(), answer.getValue(), request.version()), dialog));
            dialog.add(answer);
        }
        dialog.add(actions);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private Button action(String id, String labelKey, ButtonVariant variant, Runnable work, Dialog dialog) {
        Button button = new Button(getTranslation(labelKey), click -> {
            work.run();
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("assistance.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assistance");
    }
}
