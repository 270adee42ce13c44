package org.wanqi.visit.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.wanqi.files.FileService;
import org.wanqi.files.ui.AttachmentStrip;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;
import org.wanqi.security.UserService;
import org.wanqi.visit.AnsweredChecklist;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitRatings;
import org.wanqi.visit.VisitService;

/**
 * One visit as submitted — when, who (names and certificate numbers), the unit, checklist answers,
 * advice, risks, photos — then its supplements and the enterprise's rating. Staff and the visited
 * enterprise open the same page: officers may append a supplement, the enterprise may rate the visit.
 */
@Route("visits")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.ENTERPRISE})
class VisitView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient VisitService visits;
    private final transient VisitRatings ratings;
    private final transient UserService users;
    private final transient UnitService units;
    private final transient FileService files;
    private final transient BusinessZone zone;
    private final transient CurrentUser currentUser;
    private String title = "";

    VisitView(VisitService visits, VisitRatings ratings, UserService users, UnitService units, FileService files,
              BusinessZone zone, CurrentUser currentUser) {
        this.visits = visits;
        this.ratings = ratings;
        this.users = users;
        this.units = units;
        this.files = files;
        this.zone = zone;
        this.currentUser = currentUser;
        addClassName("wanqi-page");
        setMaxWidth("880px");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        try {
            show(visits.get(id));
        } catch (NotFoundException e) {
            title = getTranslation("problem.not-found.title");
            add(new NotFoundText());
        }
    }

    private void show(VisitDetails visit) {
        removeAll();
        title = visit.enterpriseName() + " · " + getTranslation("visit.type." + visit.type().name());
        H2 heading = new H2(title);
        heading.setId("visit-heading");
        add(heading, new Paragraph(TIME.format(visit.startedAt()) + " – " + TIME.format(visit.endedAt()) + " · "
                + units.find(visit.unitId()).map(unit -> unit.displayName(getLocale())).orElse("")));
        UnorderedList officers = list(users.officers(visit.officerIds()).stream()
                .map(officer -> officer.displayName() + (officer.certificateNumber() == null ? ""
                        : "（" + getTranslation("visit.certificate") + " " + officer.certificateNumber() + "）"))
                .toList());
        officers.setId("visit-officers");
        add(new H3(getTranslation("visit.team")), officers);
        if (visit.representative() != null) {
            add(new Paragraph(getTranslation("visit.representative") + "：" + visit.representative()));
        }
        add(new H3(getTranslation("visit.summary")), new Paragraph(visit.summary() == null ? "" : visit.summary()));
        if (visit.checklist() != null) {
            add(new H3(visit.checklist().name() + "（v" + visit.checklist().version() + "）"),
                    list(visit.checklist().items().stream().map(this::answer).toList()));
        }
        UnorderedList advice = list(visit.advice().stream().map(this::advice).toList());
        advice.setId("visit-advice");
        add(new H3(getTranslation("visit.advice.given")), advice, new H3(getTranslation("visit.risks")), risks(visit));
        if (!visit.attachments().isEmpty()) {
            AttachmentStrip photos = new AttachmentStrip(files);
            photos.show(visit.attachments());
            add(new H3(getTranslation("visit.photos")), photos);
        }
        supplements(visit);
        add(new H3(getTranslation("rating.title")), new RatingPanel(ratings, visit.id(),
                currentUser.require().hasRole(Role.ENTERPRISE), zone));
    }

    private UnorderedList risks(VisitDetails visit) {
        UnorderedList risks = new UnorderedList();
        risks.setId("visit-risks");
        for (VisitDetails.RiskSummary risk : visit.risks()) {
            risks.add(new ListItem(new Anchor("risks/" + risk.id(), risk.description() + "（"
                    + getTranslation("risk.status." + risk.status()) + "，" + getTranslation("risk.deadline") + " "
                    + risk.deadline() + "）")));
        }
        return risks;
    }

    private void supplements(VisitDetails visit) {
        UnorderedList supplements = list(visit.supplements().stream()
                .map(s -> TIME.format(zone.at(s.at())) + " " + s.byName() + "：" + s.text()).toList());
        supplements.setId("visit-supplements");
        add(new H3(getTranslation("visit.supplements")), supplements);
        boolean staffInField = currentUser.require().hasRole(Role.OFFICER) || currentUser.require().hasRole(Role.SUPERVISOR);
        if (staffInField) {
            TextArea text = new TextArea(getTranslation("visit.supplement.add"));
            text.setId("visit-supplement-text");
            text.setWidthFull();
            text.setMaxLength(2000);
            Button append = new Button(getTranslation("visit.supplement.save"),
                    click -> show(visits.supplement(visit.id(), text.getValue(), visit.version())));
            append.setId("visit-supplement-save");
            append.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(text, append);
        }
    }

    private String answer(AnsweredChecklist.Item item) {
        return item.text() + " —— " + getTranslation("visit.answer." + item.answer().name())
                + (item.note() == null ? "" : "（" + item.note() + "）");
    }

    private String advice(VisitDraft.Advice advice) {
        return advice.citations().isEmpty() ? advice.text()
                : advice.text() + "（" + getTranslation("visit.advice.basis") + String.join("、", advice.citations()) + "）";
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
