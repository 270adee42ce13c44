package org.wanqi.risk.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.wanqi.base.BusinessZone;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.ui.NotFoundText;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;
import org.wanqi.files.ui.AttachmentStrip;
import org.wanqi.files.ui.EvidenceUpload;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskEvent;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.ui.CitationList;
import org.wanqi.security.Roles;

/**
 * One risk: what it is, its evidence, its full history (verification results, reasons, deadline
 * extensions), and only the moves the user may make now. Staff and the enterprise it was found at
 * open the same page: the enterprise acknowledges it, uploads its rectification photos and submits them.
 */
@Route("risks")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.ENTERPRISE})
class RiskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient RiskService risks;
    private final transient FileService files;
    private final transient BusinessZone zone;
    private final transient RegulationSearch search;
    private String title = "";
    /** The risk as last read: uploads change its files and version without re-drawing the page. */
    private RiskDetails shown;

    RiskView(RiskService risks, FileService files, BusinessZone zone, RegulationSearch search) {
        this.risks = risks;
        this.files = files;
        this.zone = zone;
        this.search = search;
        addClassName("wanqi-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        show(id);
    }

    private void show(String id) {
        removeAll();
        RiskDetails risk;
        try {
            risk = risks.get(id);
        } catch (NotFoundException e) {
            title = getTranslation("problem.not-found.title");
            add(new NotFoundText());
            return;
        }
        shown = risk;
        title = risk.description();
        H2 heading = new H2(risk.enterpriseName());
        Paragraph description = new Paragraph(risk.description());
        description.setId("risk-description");
        HorizontalLayout facts = new HorizontalLayout(RiskLabels.statusBadge(this, risk),
                new Paragraph(getTranslation("risk.category." + risk.category().name()) + " · "
                        + getTranslation("risk.severity." + risk.severity().name()) + " · "
                        + getTranslation("risk.deadline") + " " + risk.deadline()));
        facts.setWrap(true);
        if (risk.visitId() != null) {
            Anchor visit = new Anchor("visits/" + risk.visitId(), getTranslation("risk.visit"));
            visit.setId("risk-visit");
            facts.add(visit);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("risk-actions");
        actions.setWrap(true);
        for (RiskStatus to : risk.allowedMoves()) {
            boolean reject = risk.status() == RiskStatus.PENDING_VERIFICATION && to == RiskStatus.RECTIFYING;
            Button move = new Button(getTranslation(reject ? "risk.move.REJECT" : "risk.move." + to.name()),
                    click -> confirm(shown, to));
            move.setId("risk-move-" + (reject ? "REJECT" : to.name()));
            move.addThemeVariants(reject ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            actions.add(move);
        }
        AttachmentStrip evidence = new AttachmentStrip(files);
        evidence.setId("risk-evidence");
        evidence.show(risk.attachments());
        add(heading, description, facts);
        if (!risk.citations().isEmpty()) {
            CitationList citations = new CitationList(search, risk.citations());
            citations.setId("risk-citations");
            add(new H3(getTranslation("risk.citations")), citations);
        }
        add(actions, new H3(getTranslation("risk.evidence")), evidence);
        if (risk.status() != RiskStatus.CLOSED) {
            EvidenceUpload upload = new EvidenceUpload(files, file -> risks.attach(risk.id(), file).attachment(), stored -> {
                shown = risks.get(risk.id());
                evidence.show(shown.attachments());
            });
            upload.setId("risk-evidence-upload");
            add(upload);
        }
        add(new H3(getTranslation("risk.history")), history(risk.history()));
    }

    /** The risk's files not yet cited by any step of its history: what a new step offers as evidence. */
    private static List<Attachment> uncited(RiskDetails risk) {
        Set<String> cited = risk.history().stream().flatMap(event -> event.evidenceIds().stream()).collect(Collectors.toSet());
        return risk.attachments().stream().filter(file -> !cited.contains(file.id())).toList();
    }

    private void confirm(RiskDetails risk, RiskStatus to) {
        Dialog dialog = new Dialog();
        TextArea reason = new TextArea(getTranslation("risk.reason"));
        reason.setId("risk-reason");
        reason.setWidthFull();
        dialog.add(reason);
        CheckboxGroup<Attachment> evidence = new CheckboxGroup<>(getTranslation("risk.evidence"));
        evidence.setId("risk-evidence-choice");
        evidence.setItems(risk.attachments());
        evidence.setItemLabelGenerator(Attachment::name);
        evidence.setValue(Set.copyOf(uncited(risk)));
        evidence.setVisible(!risk.attachments().isEmpty());
        dialog.add(evidence);
        Button ok = new Button(getTranslation("action.save"), click -> {
            risks.transition(risk.id(), to, reason.getValue(), evidence.getValue().stream().map(Attachment::id).toList(),
                    risk.version());
            dialog.close();
            Notification.show(getTranslation("risk.moved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(risk.id());
        });
        ok.setId("risk-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.setWidth("min(520px, 100vw)");
        dialog.open();
    }

    private Grid<RiskEvent> history(List<RiskEvent> events) {
        Grid<RiskEvent> grid = new Grid<>();
        grid.setId("risk-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> TIME.format(zone.at(e.at()))).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RiskEvent::actorName).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.isDeadlineExtension()
                ? getTranslation("risk.deadline") + " " + e.deadlineBefore() + " → " + e.deadlineAfter()
                : getTranslation("risk.status." + e.from().name()) + " → " + getTranslation("risk.status." + e.to().name()));
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setFlexGrow(2);
        grid.setItems(events.reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
