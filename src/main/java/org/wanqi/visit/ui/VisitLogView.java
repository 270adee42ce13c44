package org.wanqi.visit.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.wanqi.assistance.AssistanceDetails;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;
import org.wanqi.files.ui.AttachmentStrip;
import org.wanqi.files.ui.EvidenceUpload;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.ui.CitationPicker;
import org.wanqi.security.Roles;
import org.wanqi.visit.SavedVisitForm;
import org.wanqi.visit.CampaignDirectory;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitFormDrafts;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;
import org.wanqi.visit.checklist.ChecklistDetails;
import org.wanqi.visit.checklist.ChecklistItem;
import org.wanqi.visit.checklist.ChecklistService;

/**
 * Log a visit, on a phone: the enterprise by part of its name, the type, a checklist whose "no"
 * answers become risks in one tap, risks with photos, and the advice given. One column; every change
 * is saved as a draft (a dropped connection or a closed tab loses nothing), and the draft's
 * idempotency key means a second tap on submit cannot log the visit twice.
 */
@Route("visits/new")
@Menu(order = 20, title = "nav.visit-new", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
class VisitLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient VisitService visits;
    private final transient VisitFormDrafts drafts;
    private final transient EnterpriseService enterprises;
    private final transient ChecklistService checklists;
    private final transient FileService files;
    private final transient RegulationSearch search;
    private final transient AssistanceService assistance;
    private final ComboBox<EnterpriseDetails> enterprise = new ComboBox<>();
    private final Select<VisitType> type = new Select<>();
    private final Select<CampaignDirectory.Option> campaign = new Select<>();
    private final DateTimePicker started = new DateTimePicker();
    private final DateTimePicker ended = new DateTimePicker();
    private final Select<ChecklistDetails> checklist = new Select<>();
    private final VerticalLayout checklistRows = new VerticalLayout();
    private final List<AnswerRow> answers = new ArrayList<>();
    private final TextArea summary = new TextArea();
    private final TextField representative = new TextField();
    private final TextArea advice = new TextArea();
    private final List<Attachment> photos = new ArrayList<>();
    private final AttachmentStrip photoStrip;
    private final VerticalLayout riskRows = new VerticalLayout();
    private final List<RiskRow> risks = new ArrayList<>();
    private final Span savedAt = new Span();
    private final Button discard = new Button();
    private final ZoneId zone;
    private String idempotencyKey = UUID.randomUUID().toString();
    /** The help request this visit answers (opened from it), or null. */
    private String assistanceRequestId;
    private boolean restoring;
    private int saves;

    VisitLogView(VisitService visits, VisitFormDrafts drafts, EnterpriseService enterprises, ChecklistService checklists,
                 FileService files, RegulationSearch search, AssistanceService assistance, ObjectProvider<CampaignDirectory> campaigns,
                 BusinessZone businessZone, Clock clock) {
        this.visits = visits;
        this.assistance = assistance;
        this.search = search;
        this.drafts = drafts;
        this.enterprises = enterprises;
        this.checklists = checklists;
        this.files = files;
        this.zone = businessZone.zoneId();
        this.photoStrip = new AttachmentStrip(files);
        addClassName("wanqi-page");
        setMaxWidth("640px");
        enterprise.setId("visit-enterprise");
        enterprise.setLabel(getTranslation("visit.enterprise"));
        enterprise.setPlaceholder(getTranslation("visit.enterprise.placeholder"));
        enterprise.setItems(query -> enterprises.page(EnterpriseFilter.text(query.getFilter().orElse("")),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        enterprise.setItemLabelGenerator(EnterpriseDetails::name);
        enterprise.setRequired(true);
        type.setId("visit-type");
        type.setLabel(getTranslation("visit.type"));
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(t -> getTranslation("visit.type." + t.name()));
        type.setValue(VisitType.ASSISTANCE);
        type.addValueChangeListener(change -> offerChecklists());
        campaign.setId("visit-campaign");
        campaign.setLabel(getTranslation("visit.campaign"));
        campaign.setItems(campaigns.orderedStream().flatMap(directory -> directory.openOn(businessZone.dateOf(clock.instant())).stream())
                .toList());
        campaign.setItemLabelGenerator(CampaignDirectory.Option::name);
        campaign.setVisible(false);
        type.addValueChangeListener(change -> campaign.setVisible(change.getValue() == VisitType.CAMPAIGN));
        LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
        started.setLabel(getTranslation("visit.started"));
        started.setValue(now.minusHours(1));
        ended.setLabel(getTranslation("visit.ended"));
        ended.setValue(now);
        checklist.setId("visit-checklist");
        checklist.setLabel(getTranslation("visit.checklist"));
        checklist.setEmptySelectionAllowed(true);
        checklist.setEmptySelectionCaption(getTranslation("visit.checklist.none"));
        checklist.setItemLabelGenerator(c -> c == null ? getTranslation("visit.checklist.none") : c.name());
        checklist.addValueChangeListener(change -> showChecklist(change.getValue(), List.of()));
        checklistRows.setPadding(false);
        checklistRows.setSpacing(false);
        summary.setId("visit-summary");
        summary.setLabel(getTranslation("visit.summary"));
        summary.setMaxLength(4000);
        representative.setLabel(getTranslation("visit.representative"));
        advice.setId("visit-advice");
        advice.setLabel(getTranslation("visit.advice"));
        advice.setHelperText(getTranslation("visit.advice.helper"));
        EvidenceUpload photoUpload = new EvidenceUpload(files, files::storeDraft, stored -> {
            photos.add(stored);
            photoStrip.show(photos);
            autosave();
        });
        photoUpload.setId("visit-photos");
        riskRows.setPadding(false);
        Button addRisk = new Button(getTranslation("visit.risk.add"), new Icon(VaadinIcon.PLUS), click -> addRisk(null, null));
        addRisk.setId("visit-risk-add");
        Button submit = new Button(getTranslation("visit.submit"), click -> submit());
        submit.setId("visit-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        savedAt.setId("visit-draft-saved");
        savedAt.addClassName("wanqi-hint");
        discard.setText(getTranslation("visit.draft-discard"));
        discard.setId("visit-draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        discard.setVisible(false);
        discard.addClickListener(click -> confirmDiscard());
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));
        List<HasSize> fullWidth = List.of(enterprise, type, campaign, started, ended, checklist, summary, representative, advice);
        fullWidth.forEach(HasSize::setWidthFull);
        add(enterprise, type, campaign, started, ended, checklist, checklistRows, summary, representative, advice,
                new Span(getTranslation("visit.photos")), photoUpload, photoStrip,
                new H3(getTranslation("visit.risks")), riskRows, addRisk, submit, savedAt, discard);
        List.of(summary, advice).forEach(area -> area.setValueChangeMode(ValueChangeMode.LAZY));
        representative.setValueChangeMode(ValueChangeMode.LAZY);
        autosaveOnChange(enterprise, type, started, ended, checklist, summary, representative, advice);
        offerChecklists();
        drafts.mine().ifPresent(this::restore);
    }

    /**
     * Opened for a purpose: from a help request ({@code ?request=…}), an assistance visit to its
     * enterprise that answers it; from an inspection task ({@code ?enterprise=…&type=RANDOM_INSPECTION}),
     * that visit to that enterprise.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> requested = parameters.getOrDefault("request", List.of());
        if (!requested.isEmpty()) {
            AssistanceDetails request = assistance.get(requested.getFirst());
            assistanceRequestId = request.id();
            enterprise.setValue(enterprises.get(request.enterpriseId()));
            type.setValue(VisitType.ASSISTANCE);
            if (summary.isEmpty()) {
                summary.setValue(request.description());
            }
            return;
        }
        parameters.getOrDefault("enterprise", List.of()).stream().findFirst()
                .ifPresent(id -> enterprise.setValue(enterprises.get(id)));
        parameters.getOrDefault("type", List.of()).stream().findFirst()
                .flatMap(name -> Arrays.stream(VisitType.values()).filter(value -> value.name().equals(name)).findFirst())
                .ifPresent(type::setValue);
        parameters.getOrDefault("campaign", List.of()).stream().findFirst().flatMap(id -> campaign.getListDataView().getItems()
                .filter(option -> option.id().equals(id)).findFirst()).ifPresent(campaign::setValue);
    }

    private void autosaveOnChange(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(change -> autosave());
        }
    }

    private void autosave() {
        if (!restoring) {
            drafts.save(form());
            savedAt.setText(getTranslation("visit.draft-saved", LocalTime.now(zone).withNano(0)));
            savedAt.getElement().setAttribute("data-saves", String.valueOf(++saves));
            discard.setVisible(true);
        }
    }

    /** Throws the saved draft away (after asking) and starts an empty form. */
    private void confirmDiscard() {
        Dialog confirm = new Dialog(getTranslation("visit.draft-discard.question"));
        confirm.add(new Span(getTranslation("visit.draft-discard.detail")));
        Button yes = new Button(getTranslation("visit.draft-discard"), click -> {
            drafts.discard();
            confirm.close();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        yes.setId("visit-draft-discard-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    private void offerChecklists() {
        ChecklistDetails chosen = checklist.getValue();
        List<ChecklistDetails> offered = checklists.latest(type.getValue());
        checklist.setItems(offered);
        if (chosen != null && offered.stream().anyMatch(c -> c.id().equals(chosen.id()))) {
            checklist.setValue(offered.stream().filter(c -> c.id().equals(chosen.id())).findFirst().orElseThrow());
        }
    }

    private void showChecklist(ChecklistDetails template, List<VisitDraft.Answer> given) {
        checklistRows.removeAll();
        answers.clear();
        if (template == null) {
            return;
        }
        for (ChecklistItem item : template.items()) {
            AnswerRow row = new AnswerRow(item);
            given.stream().filter(answer -> answer.itemId().equals(item.id())).findFirst().ifPresent(row::fill);
            answers.add(row);
            checklistRows.add(row);
        }
    }

    private RiskRow addRisk(ChecklistItem fromItem, String note) {
        RiskRow row = new RiskRow();
        if (fromItem != null) {
            row.checklistItemId = fromItem.id();
            row.category.setValue(fromItem.category());
            row.severity.setValue(fromItem.severity());
            row.description.setValue(note == null || note.isBlank() ? fromItem.text() : fromItem.text() + "：" + note.strip());
            row.citations.setValue(fromItem.citations());
        }
        risks.add(row);
        riskRows.add(row);
        autosave();
        return row;
    }

    private void submit() {
        if (enterprise.getValue() == null) {
            enterprise.setInvalid(true);
            enterprise.setErrorMessage(getTranslation("visit.enterprise.required"));
            return;
        }
        VisitDraft draft = new VisitDraft(enterprise.getValue().id(), type.getValue(), offset(started.getValue()),
                offset(ended.getValue()), List.of(), blankToNull(summary.getValue()), blankToNull(representative.getValue()),
                adviceItems(), risks.stream().map(RiskRow::value).toList(), checklistAnswers(),
                photos.stream().map(Attachment::id).toList(),
                type.getValue() == VisitType.CAMPAIGN && campaign.getValue() != null ? campaign.getValue().id() : null);
        VisitService.Submitted submitted = visits.submit(draft, idempotencyKey, "web");
        drafts.discard();
        idempotencyKey = UUID.randomUUID().toString();
        Notification.show(getTranslation("visit.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (assistanceRequestId != null) {
            try {
                assistance.complete(assistanceRequestId, submitted.visit().id(), submitted.visit().enterpriseId(), null);
            } catch (DomainException notAnswered) {
                Notification.show(getTranslation(notAnswered.messageKey(), notAnswered.args()), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
        }
        getUI().ifPresent(ui -> ui.navigate("enterprises/" + submitted.visit().enterpriseId()));
    }

    private List<VisitDraft.Advice> adviceItems() {
        return Arrays.stream(advice.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> new VisitDraft.Advice(line, List.of())).toList();
    }

    private VisitDraft.ChecklistAnswers checklistAnswers() {
        if (checklist.getValue() == null) {
            return null;
        }
        return new VisitDraft.ChecklistAnswers(checklist.getValue().id(),
                answers.stream().filter(row -> row.answer.getValue() != null).map(AnswerRow::value).toList());
    }

    private SavedVisitForm form() {
        EnterpriseDetails chosen = enterprise.getValue();
        VisitDraft.ChecklistAnswers answered = checklistAnswers();
        return new SavedVisitForm(null, idempotencyKey, null, chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.name(), type.getValue(), started.getValue(), ended.getValue(),
                summary.getValue(), representative.getValue(), advice.getValue(),
                answered == null ? null : answered.templateId(), answered == null ? List.of() : answered.answers(),
                risks.stream().map(RiskRow::saved).toList(), List.copyOf(photos), assistanceRequestId);
    }

    private void restore(SavedVisitForm saved) {
        restoring = true;
        try {
            idempotencyKey = saved.idempotencyKey();
            assistanceRequestId = saved.assistanceRequestId();
            if (saved.enterpriseId() != null) {
                enterprise.setValue(enterprises.get(saved.enterpriseId()));
            }
            type.setValue(saved.type());
            started.setValue(saved.started());
            ended.setValue(saved.ended());
            summary.setValue(nullToEmpty(saved.summary()));
            representative.setValue(nullToEmpty(saved.representative()));
            advice.setValue(nullToEmpty(saved.advice()));
            if (saved.checklistTemplateId() != null) {
                ChecklistDetails template = checklists.get(saved.checklistTemplateId());
                checklist.setValue(template);
                showChecklist(template, saved.answers());
            }
            photos.addAll(saved.photos());
            photoStrip.show(photos);
            saved.risks().forEach(risk -> addRisk(null, null).fill(risk));
        } finally {
            restoring = false;
        }
        discard.setVisible(true);
        Notification.show(getTranslation("visit.draft-restored"), 4000, Notification.Position.TOP_CENTER);
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One checklist question: yes / no / not applicable, a note, and on "no" a tap that records it as a risk. */
    private final class AnswerRow extends Div {

        private final ChecklistItem item;
        private final RadioButtonGroup<VisitDraft.AnswerValue> answer = new RadioButtonGroup<>();
        private final TextField note = new TextField();
        private final Button toRisk = new Button(getTranslation("visit.checklist.to-risk"), new Icon(VaadinIcon.WARNING));

        AnswerRow(ChecklistItem item) {
            this.item = item;
            addClassName("wanqi-checklist-item");
            answer.setLabel(item.text());
            answer.setItems(VisitDraft.AnswerValue.values());
            answer.setItemLabelGenerator(value -> getTranslation("visit.answer." + value.name()));
            answer.setId("checklist-" + item.id());
            note.setPlaceholder(getTranslation("visit.checklist.note"));
            note.setWidthFull();
            note.setValueChangeMode(ValueChangeMode.LAZY);
            toRisk.setId("checklist-to-risk-" + item.id());
            toRisk.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            toRisk.setVisible(false);
            toRisk.addClickListener(click -> {
                addRisk(item, note.getValue());
                toRisk.setEnabled(false);
            });
            answer.addValueChangeListener(change -> toRisk.setVisible(change.getValue() == VisitDraft.AnswerValue.NO));
            autosaveOnChange(answer, note);
            add(answer, note, toRisk);
        }

        void fill(VisitDraft.Answer given) {
            answer.setValue(given.answer());
            note.setValue(nullToEmpty(given.note()));
            toRisk.setEnabled(risks.stream().noneMatch(risk -> item.id().equals(risk.checklistItemId)));
        }

        VisitDraft.Answer value() {
            return new VisitDraft.Answer(item.id(), answer.getValue(), blankToNull(note.getValue()));
        }
    }

    /** One risk found: category, severity, what it is, the deadline and its photos. */
    private final class RiskRow extends Div {

        private final Select<RiskCategory> category = new Select<>();
        private final Select<Severity> severity = new Select<>();
        private final TextArea description = new TextArea();
        private final DatePicker deadline = new DatePicker();
        private final CitationPicker citations = new CitationPicker(search);
        private final List<Attachment> riskPhotos = new ArrayList<>();
        private final AttachmentStrip strip = new AttachmentStrip(files);
        private String checklistItemId;

        RiskRow() {
            addClassName("wanqi-risk-row");
            category.setLabel(getTranslation("risk.category"));
            category.setItems(RiskCategory.values());
            category.setItemLabelGenerator(c -> getTranslation("risk.category." + c.name()));
            category.setValue(RiskCategory.OTHER);
            severity.setLabel(getTranslation("risk.severity"));
            severity.setItems(Severity.values());
            severity.setItemLabelGenerator(s -> getTranslation("risk.severity." + s.name()));
            severity.setValue(Severity.GENERAL);
            description.setLabel(getTranslation("risk.description"));
            description.addClassName("risk-description");
            description.setWidthFull();
            description.setValueChangeMode(ValueChangeMode.LAZY);
            description.addValueChangeListener(change -> citations.suggestFor(change.getValue()));
            citations.setLabel(getTranslation("risk.citations"));
            citations.addClassName("risk-citations");
            deadline.setLabel(getTranslation("risk.deadline"));
            deadline.setValue(LocalDate.now(zone).plusDays(30));
            deadline.setMin(LocalDate.now(zone));
            Button remove = new Button(new Icon(VaadinIcon.TRASH), click -> {
                risks.remove(this);
                riskRows.remove(this);
                autosave();
            });
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            EvidenceUpload upload = new EvidenceUpload(files, files::storeDraft, stored -> {
                riskPhotos.add(stored);
                strip.show(riskPhotos);
                autosave();
            });
            upload.addClassName("risk-photos");
            autosaveOnChange(category, severity, description, deadline, citations);
            add(category, severity, deadline, remove, description, citations, upload, strip);
        }

        void fill(SavedVisitForm.Risk saved) {
            checklistItemId = saved.checklistItemId();
            category.setValue(saved.category());
            severity.setValue(saved.severity());
            description.setValue(nullToEmpty(saved.description()));
            deadline.setValue(saved.deadline());
            citations.setValue(saved.citations());
            riskPhotos.addAll(saved.photos());
            strip.show(riskPhotos);
        }

        SavedVisitForm.Risk saved() {
            return new SavedVisitForm.Risk(category.getValue(), severity.getValue(), description.getValue(),
                    deadline.getValue(), checklistItemId, citations.getValue(), List.copyOf(riskPhotos));
        }

        VisitDraft.FoundRisk value() {
            return new VisitDraft.FoundRisk(category.getValue(), severity.getValue(), description.getValue().strip(),
                    deadline.getValue(), null, citations.getValue(), checklistItemId, riskPhotos.stream().map(Attachment::id).toList());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visit-new");
    }
}
