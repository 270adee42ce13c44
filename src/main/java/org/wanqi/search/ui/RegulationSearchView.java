package org.wanqi.search.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.RegulationLevel;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.SearchQuery;
import org.wanqi.search.SearchResult;
import org.wanqi.search.SearchSuggestions;

/**
 * The knowledge base's search page, for everyone: one box for a question, words, a title or a
 * citation, with suggestions as you type; highlighted results ten at a time, statute articles and
 * knowledge articles together; level, topic and issuing authority as filters with their counts;
 * repealed and replaced versions on request. The query is in the address ({@code ?q=}), so a
 * search can be shared.
 */
@Route("regulations")
@Menu(order = 50, title = "nav.regulations", icon = "vaadin:book")
@PermitAll
class RegulationSearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 10;
    private static final int SUGGESTIONS = 6;

    private final transient RegulationSearch search;
    private final transient SearchSuggestions suggestions;
    private final TextField box = new TextField();
    private final Div suggested = new Div();
    private final Checkbox allVersions = new Checkbox();
    private final Select<RegulationLevel> level = new Select<>();
    private final Select<KnowledgeTopic> topic = new Select<>();
    private final Select<String> authority = new Select<>();
    private final Span summary = new Span();
    private final VerticalLayout results = new VerticalLayout();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int offset;

    RegulationSearchView(RegulationSearch search, SearchSuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
        addClassName("wanqi-page");
        box.setId("regulation-search-box");
        box.setPlaceholder(getTranslation("regulation.search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setValueChangeMode(ValueChangeMode.LAZY);
        box.setValueChangeTimeout(400);
        box.addValueChangeListener(change -> {
            suggest(change.getValue());
            searchFromStart();
        });
        suggested.setId("regulation-search-suggestions");
        suggested.addClassName("wanqi-suggestions");
        allVersions.setLabel(getTranslation("regulation.search.all-versions"));
        allVersions.setId("regulation-search-all-versions");
        allVersions.addValueChangeListener(change -> searchFromStart());
        filter(level, "regulation-search-level", "regulation.search.any-level", RegulationLevel.values());
        filter(topic, "regulation-search-topic", "regulation.search.any-topic", KnowledgeTopic.values());
        filter(authority, "regulation-search-authority", "regulation.search.any-authority");
        labelFacets(Map.of());
        summary.setId("regulation-search-summary");
        results.setId("regulation-search-results");
        results.setPadding(false);
        previous.setText(getTranslation("regulation.search.previous"));
        next.setText(getTranslation("regulation.search.next"));
        previous.addClickListener(click -> show(offset - PAGE));
        next.addClickListener(click -> show(offset + PAGE));
        HorizontalLayout filters = new HorizontalLayout(level, topic, authority, allVersions);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(box, suggested, filters, summary, results, new HorizontalLayout(previous, next));
        setMaxWidth("960px");
        show(0);
    }

    @SafeVarargs
    private <T> void filter(Select<T> select, String id, String anyKey, T... values) {
        select.setId(id);
        select.setPlaceholder(getTranslation(anyKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItems(values);
        select.addValueChangeListener(change -> searchFromStart());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        if (!q.isEmpty()) {
            box.setValue(q.getFirst());
        }
    }

    /** Titles, short names and popular queries containing what is typed; a tap searches for one. */
    private void suggest(String typed) {
        suggested.removeAll();
        for (SearchSuggestions.Suggestion suggestion : suggestions.suggest(typed, SUGGESTIONS)) {
            if (suggestion.text().equals(typed.strip())) {
                continue;
            }
            Button pick = new Button(suggestion.text(), click -> box.setValue(suggestion.text()));
            pick.addClassName("regulation-suggestion");
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            suggested.add(pick);
        }
    }

    private void searchFromStart() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                box.getValue().isBlank() ? "regulations" : "regulations?" + QueryParameters.of("q", box.getValue()).getQueryString()));
        show(0);
    }

    private void show(int from) {
        offset = Math.max(0, from);
        results.removeAll();
        String text = box.getValue();
        if (text.isBlank()) {
            summary.setText(getTranslation("regulation.search.hint"));
            previous.setVisible(false);
            next.setVisible(false);
            return;
        }
        SearchResult result = search.ask(new SearchQuery(text, allVersions.getValue(), level.getValue(), topic.getValue(),
                authority.getValue(), offset, PAGE));
        summary.setText(result.hits().isEmpty() ? getTranslation("regulation.search.none")
                : getTranslation("regulation.search.total", result.total()));
        result.hits().forEach(hit -> results.add(card(hit, text)));
        previous.setVisible(offset > 0);
        next.setVisible(result.hits().size() == PAGE && offset + PAGE < result.total());
        labelFacets(result.facets());
    }

    /** Each filter value's name, with how many of the best matches have it. */
    private void labelFacets(Map<String, Map<String, Long>> facets) {
        level.setItemLabelGenerator(counted(facets.getOrDefault("level", Map.of()), "regulation.search.any-level",
                value -> getTranslation("regulation.level." + value.name()), Enum::name));
        topic.setItemLabelGenerator(counted(facets.getOrDefault("topic", Map.of()), "regulation.search.any-topic",
                value -> getTranslation("knowledge.topic." + value.name()), Enum::name));
        Map<String, Long> authorities = facets.getOrDefault("authority", Map.of());
        String chosen = authority.getValue();
        List<String> offered = authorities.keySet().stream().sorted().toList();
        if (chosen != null && !offered.contains(chosen)) {
            offered = java.util.stream.Stream.concat(offered.stream(), java.util.stream.Stream.of(chosen)).toList();
        }
        if (!offered.equals(authority.getListDataView().getItems().toList())) {
            authority.setItems(offered);
            authority.setValue(chosen);
        }
        authority.setItemLabelGenerator(counted(authorities, "regulation.search.any-authority", Function.identity(), Function.identity()));
    }

    private <T> com.vaadin.flow.component.ItemLabelGenerator<T> counted(Map<String, Long> counts, String anyKey,
                                                                       Function<T, String> label, Function<T, String> key) {
        return value -> value == null ? getTranslation(anyKey)
                : label.apply(value) + (counts.containsKey(key.apply(value)) ? " (" + counts.get(key.apply(value)) + ")" : "");
    }

    private Div card(SearchResult.Hit hit, String query) {
        Anchor title = new Anchor(SearchLinks.of(hit, query), hit.title());
        title.addClassName("regulation-hit-title");
        Span status = new Span(hit.isKnowledge() ? getTranslation("knowledge.kind") : getTranslation("regulation.status." + hit.status()));
        status.getElement().getThemeList().add(hit.isKnowledge() ? "badge" : "CURRENT".equals(hit.status()) ? "badge success" : "badge contrast");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        Div card = new Div(heading, new Html("<div class=\"regulation-snippet\">" + hit.snippet() + "</div>"));
        card.addClassName("regulation-hit");
        if (hit.isKnowledge()) {
            card.addClassName("knowledge-hit");
        }
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.regulations");
    }
}
