package org.wanqi.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeDraft;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.LineDiff;
import org.wanqi.regulation.Markdown;
import org.wanqi.search.RegulationSearch;
import org.wanqi.security.Roles;

/**
 * Write or revise a knowledge article: Markdown on the left, the page as readers will see it on the
 * right; topics, tags and the statute articles it cites (checked as they are added, and suggested
 * from the text); save, publish, archive; and the history of revisions with what each one changed.
 */
@Route("knowledge/edit/:id?")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class KnowledgeEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient KnowledgeService knowledge;
    private final ZoneId zone;
    private final TextField title = new TextField();
    private final MultiSelectComboBox<KnowledgeTopic> topics = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final CitationPicker citations;
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Span state = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final List<String> knownTags = new ArrayList<>();
    private KnowledgeArticleDetails article;

    KnowledgeEditorView(KnowledgeService knowledge, RegulationSearch search, BusinessZone zone) {
        this.knowledge = knowledge;
        this.zone = zone.zoneId();
        this.citations = new CitationPicker(search);
        addClassName("wanqi-page");
        setWidthFull();
        title.setId("knowledge-edit-title");
        title.setLabel(getTranslation("knowledge.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        topics.setId("knowledge-edit-topics");
        topics.setLabel(getTranslation("knowledge.topics"));
        topics.setItems(KnowledgeTopic.values());
        topics.setItemLabelGenerator(topic -> getTranslation("knowledge.topic." + topic.name()));
        tags.setId("knowledge-edit-tags");
        tags.setLabel(getTranslation("knowledge.tags"));
        tags.setAllowCustomValue(true);
        tags.setItems(knownTags);
        tags.addCustomValueSetListener(typed -> {
            String tag = typed.getDetail().strip();
            if (!tag.isEmpty() && !knownTags.contains(tag)) {
                knownTags.add(tag);
                tags.setItems(knownTags);
            }
            Set<String> selected = new HashSet<>(tags.getValue());
            selected.add(tag);
            tags.setValue(selected);
        });
        citations.setId("knowledge-edit-citations");
        citations.setLabel(getTranslation("knowledge.citations"));
        body.setId("knowledge-edit-body");
        body.setLabel(getTranslation("knowledge.body"));
        body.setHelperText(getTranslation("knowledge.body.helper"));
        body.setMaxLength(50_000);
        body.setWidthFull();
        body.setMinHeight("420px");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> {
            showPreview();
            citations.suggestFor(title.getValue() + " " + Markdown.text(change.getValue()));
        });
        preview.setId("knowledge-edit-preview");
        preview.addClassName("wanqi-markdown-preview");
        state.setId("knowledge-edit-state");
        state.getElement().getThemeList().add("badge");
        actions.setId("knowledge-edit-actions");
        actions.setWrap(true);
        HorizontalLayout meta = new HorizontalLayout(topics, tags);
        meta.setWidthFull();
        meta.setWrap(true);
        SplitLayout writing = new SplitLayout(body, new VerticalLayout(new Span(getTranslation("knowledge.preview")), preview));
        writing.setWidthFull();
        writing.setSplitterPosition(50);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("knowledge.editor")), state);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, title, meta, citations, writing, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        article = event.getRouteParameters().get("id").map(knowledge::get).orElse(null);
        if (article != null) {
            title.setValue(article.title());
            topics.setValue(article.topics());
            knownTags.addAll(article.tags());
            tags.setItems(knownTags);
            tags.setValue(new HashSet<>(article.tags()));
            citations.setValue(article.citations());
            body.setValue(article.body());
        }
        showState();
        showPreview();
    }

    private KnowledgeDraft draft() {
        return new KnowledgeDraft(title.getValue(), body.getValue(), tags.getValue().stream().sorted().toList(),
                topics.getValue(), citations.getValue());
    }

    private void save() {
        attempt(this::persist, "knowledge.saved");
    }

    private void move(KnowledgeState to) {
        attempt(() -> {
            if (article == null || !draft().equals(savedDraft())) {
                persist();
            }
            article = knowledge.moveTo(article.id(), to, article.version());
        }, "knowledge.moved." + to.name());
    }

    /** Stores what the form says: a new article, or the next revision of this one. */
    private void persist() {
        article = article == null ? knowledge.create(draft()) : knowledge.update(article.id(), draft(), article.version());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "knowledge/edit/" + article.id()));
    }

    private KnowledgeDraft savedDraft() {
        return new KnowledgeDraft(article.title(), article.body(), article.tags().stream().sorted().toList(), article.topics(),
                article.citations());
    }

    private void attempt(Runnable work, String doneKey) {
        try {
            work.run();
            showState();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException invalid) {
            fail(String.join("；", invalid.getConstraintViolations().stream()
                    .map(v -> getTranslation("knowledge.field." + v.getPropertyPath().iterator().next().getName()) + "：" + v.getMessage())
                    .sorted().toList()));
        } catch (OptimisticLockingFailureException stale) {
            fail(getTranslation("knowledge.error.stale"));
        } catch (DomainException refused) {
            fail(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private void fail(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showPreview() {
        preview.getElement().setProperty("innerHTML", Markdown.html(body.getValue()));
    }

    private void showState() {
        KnowledgeState current = article == null ? KnowledgeState.DRAFT : article.state();
        state.setText(getTranslation("knowledge.state." + current.name()));
        actions.removeAll();
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("knowledge-save");
        actions.add(save);
        for (KnowledgeState to : List.of(KnowledgeState.PUBLISHED, KnowledgeState.ARCHIVED, KnowledgeState.DRAFT)) {
            if (current.moves().contains(to)) {
                Button move = new Button(getTranslation("knowledge.move." + to.name()), click -> move(to));
                move.setId("knowledge-move-" + to.name().toLowerCase(java.util.Locale.ROOT));
                if (to == KnowledgeState.PUBLISHED) {
                    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(move);
            }
        }
        if (article != null) {
            Button history = new Button(getTranslation("knowledge.history"), VaadinIcon.TIME_BACKWARD.create(), click -> history());
            history.setId("knowledge-history");
            Button view = new Button(getTranslation("knowledge.view"), VaadinIcon.EYE.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("knowledge/" + article.id())));
            actions.add(history, view);
        }
    }

    /** The revisions, newest first; each shows what it changed in the body against the one before. */
    private void history() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("knowledge.history"));
        dialog.setWidth("min(90vw, 900px)");
        Div changes = new Div();
        changes.setId("knowledge-diff");
        VerticalLayout revisions = new VerticalLayout();
        revisions.setPadding(false);
        for (KnowledgeArticleDetails.RevisionSummary revision : article.revisions().reversed()) {
            Button show = new Button(getTranslation("knowledge.revision", revision.number(), revision.authorName(),
                    TIME.format(revision.at().atZone(zone))), click -> showChanges(changes, revision.number()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            show.setEnabled(revision.number() > 1);
            revisions.add(show);
        }
        dialog.add(revisions, changes);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private void showChanges(Div changes, int revision) {
        changes.removeAll();
        for (LineDiff.Line line : knowledge.changes(article.id(), revision - 1, revision)) {
            if (line.kind() == LineDiff.Kind.SAME && line.text().isBlank()) {
                continue;
            }
            Div shown = new Div(new Span((line.kind() == LineDiff.Kind.ADDED ? "+ " : line.kind() == LineDiff.Kind.REMOVED ? "− " : "  ")
                    + line.text()));
            shown.addClassName("diff-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
            changes.add(shown);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.editor");
    }
}
