package org.wanqi.visit.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.wanqi.base.BusinessZone;
import org.wanqi.files.FileService;
import org.wanqi.files.ui.AttachmentStrip;
import org.wanqi.visit.AnsweredChecklist;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitService;

/**
 * A visit as submitted — times, summary, checklist answers, advice, risks, photos — followed by its
 * supplements; staff who may log visits can append one (the visit itself never changes).
 */
class VisitDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient VisitService visits;
    private final transient FileService files;
    private final transient BusinessZone zone;
    private final boolean maySupplement;

    VisitDialog(VisitService visits, FileService files, BusinessZone zone, boolean maySupplement) {
        this.visits = visits;
        this.files = files;
        this.zone = zone;
        this.maySupplement = maySupplement;
        setWidth("min(680px, 100vw)");
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    void show(VisitDetails visit) {
        removeAll();
        setHeaderTitle(visit.enterpriseName() + " · " + getTranslation("visit.type." + visit.type().name()));
        add(new Paragraph(TIME.format(visit.startedAt()) + " – " + TIME.format(visit.endedAt())),
                new Paragraph(visit.summary() == null ? "" : visit.summary()));
        if (visit.checklist() != null) {
            add(new H4(visit.checklist().name() + "（v" + visit.checklist().version() + "）"), list(visit.checklist().items()
                    .stream().map(this::answer).toArray(String[]::new)));
        }
        add(new H4(getTranslation("visit.advice")), list(visit.advice().stream().map(a -> a.text()).toArray(String[]::new)),
                new H4(getTranslation("visit.risks")), list(visit.risks().stream()
                        .map(r -> r.description() + "（" + getTranslation("risk.status." + r.status()) + "，"
                                + getTranslation("risk.deadline") + " " + r.deadline() + "）")
                        .toArray(String[]::new)));
        if (!visit.attachments().isEmpty()) {
            AttachmentStrip photos = new AttachmentStrip(files);
            photos.show(visit.attachments());
            add(new H4(getTranslation("visit.photos")), photos);
        }
        UnorderedList supplements = list(visit.supplements().stream()
                .map(s -> TIME.format(zone.at(s.at())) + " " + s.byName() + "：" + s.text()).toArray(String[]::new));
        supplements.setId("visit-supplements");
        add(new H4(getTranslation("visit.supplements")), supplements);
        if (maySupplement) {
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

    private static UnorderedList list(String... lines) {
        UnorderedList list = new UnorderedList();
        for (String line : lines) {
            list.add(new ListItem(line));
        }
        return list;
    }
}
