package org.wanqi.search.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.wanqi.search.CitationCheck;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.SearchResult;

/**
 * The statute articles a text cites (a risk, a knowledge article). Typing 大气法108条 adds it in
 * full, 《大气污染防治法》第一百零八条, with a warning when that article is not in force; and the
 * articles that best match what the text says are offered to add in one tap ({@link #suggestFor}).
 */
public class CitationPicker extends CustomField<List<String>> {

    private static final int SUGGESTIONS = 3;

    private final transient RegulationSearch search;
    private final TextField entry = new TextField();
    private final Div chosenChips = new Div();
    private final Div suggestions = new Div();
    private final List<String> chosen = new ArrayList<>();

    public CitationPicker(RegulationSearch search) {
        super(List.of());
        this.search = search;
        addClassName("wanqi-citation-picker");
        entry.setPlaceholder(getTranslation("citation.placeholder"));
        entry.addClassName("citation-entry");
        entry.setClearButtonVisible(true);
        entry.setWidthFull();
        Button add = new Button(VaadinIcon.PLUS.create(), click -> addTyped());
        add.setAriaLabel(getTranslation("citation.add"));
        add.addClassName("citation-add");
        entry.addKeyPressListener(Key.ENTER, press -> addTyped());
        HorizontalLayout typing = new HorizontalLayout(entry, add);
        typing.setWidthFull();
        typing.setAlignItems(FlexComponent.Alignment.BASELINE);
        chosenChips.addClassName("citation-chosen");
        suggestions.addClassName("citation-suggestions");
        Div body = new Div(chosenChips, typing, suggestions);
        body.setWidthFull();
        add(body);
        setWidthFull();
    }

    /** Offers the articles that best match {@code text} (what the risk or article says). */
    public void suggestFor(String text) {
        suggestions.removeAll();
        List<SearchResult.Hit> hits = search.suggestFor(text, SUGGESTIONS);
        if (hits.isEmpty()) {
            return;
        }
        suggestions.add(new Span(getTranslation("citation.suggested")));
        for (SearchResult.Hit hit : hits) {
            String citation = search.check(hit.law() + hit.articleNo()).citation();
            if (chosen.contains(citation)) {
                continue;
            }
            Button offer = new Button(citation, VaadinIcon.PLUS_CIRCLE_O.create(), click -> choose(citation));
            offer.addClassName("citation-suggestion");
            offer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            offer.setTooltipText(org.jsoup.Jsoup.parse(hit.snippet()).text());
            suggestions.add(offer);
        }
    }

    private void addTyped() {
        String typed = entry.getValue().strip();
        if (typed.isEmpty()) {
            return;
        }
        choose(search.check(typed).citation());
        entry.clear();
    }

    private void choose(String citation) {
        if (!chosen.contains(citation)) {
            chosen.add(citation);
            showChosen();
            updateValue();
        }
        suggestions.getChildren().filter(offer -> offer instanceof Button button && citation.equals(button.getText()))
                .toList().forEach(suggestions::remove);
        if (suggestions.getChildren().noneMatch(Button.class::isInstance)) {
            suggestions.removeAll();
        }
    }

    private void showChosen() {
        chosenChips.removeAll();
        for (String citation : chosen) {
            CitationCheck check = search.check(citation);
            Span chip = new Span(citation);
            chip.addClassName("citation-chip");
            chip.getElement().getThemeList().add(check.warns() ? "badge error" : "badge");
            if (check.warns()) {
                chip.setTitle(getTranslation("citation.verdict." + check.verdict().name()));
                chip.add(new Span(" ⚠ " + getTranslation("citation.verdict." + check.verdict().name())));
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                chosen.remove(citation);
                showChosen();
                updateValue();
            });
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            chip.add(remove);
            chosenChips.add(chip);
        }
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(chosen);
    }

    @Override
    protected void setPresentationValue(List<String> citations) {
        chosen.clear();
        if (citations != null) {
            chosen.addAll(citations);
        }
        showChosen();
    }
}
