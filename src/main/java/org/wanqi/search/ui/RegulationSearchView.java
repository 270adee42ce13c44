package org.wanqi.search.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
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
import org.wanqi.regulation.RegulationLevel;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.SearchQuery;
import org.wanqi.search.SearchResult;

/**
 * The knowledge base's search page, for everyone: one box for a question, words, a title or a
 * citation; highlighted results ten at a time; level counts as a filter; repealed and replaced
 * versions on request. The query is in the address ({@code ?q=}), so a search can be shared.
 */
@Route("regulations")
@Menu(order = 50, title = "nav.regulations", icon = "vaadin:book")
@PermitAll
class RegulationSearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 10;

    private final transient RegulationSearch search;
    private final TextField box = new TextField();
    private final Checkbox allVersions = new Checkbox();
    private final Select<RegulationLevel> level = new Select<>();
    private final Span summary = new Span();
    private final VerticalLayout results = new VerticalLayout();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int offset;

    RegulationSearchView(RegulationSearch search) {
        this.search = search;
        addClassName("wanqi-page");
        box.setId("regulation-search-box");
        box.setPlaceholder(getTranslation("regulation.search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setValueChangeMode(ValueChangeMode.LAZY);
        box.setValueChangeTimeout(400);
        box.addValueChangeListener(change -> searchFromStart());
        allVersions.setLabel(getTranslation("regulation.search.all-versions"));
        allVersions.setId("regulation-search-all-versions");
        allVersions.addValueChangeListener(change -> searchFromStart());
        level.setId("regulation-search-level");
        level.setPlaceholder(getTranslation("regulation.search.any-level"));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("regulation.search.any-level"));
        level.setItems(RegulationLevel.values());
        labelLevels(Map.of());
        level.addValueChangeListener(change -> searchFromStart());
        summary.setId("regulation-search-summary");
        results.setId("regulation-search-results");
        results.setPadding(false);
        previous.setText(getTranslation("regulation.search.previous"));
        next.setText(getTranslation("regulation.search.next"));
        previous.addClickListener(click -> show(offset - PAGE));
        next.addClickListener(click -> show(offset + PAGE));
        HorizontalLayout filters = new HorizontalLayout(level, allVersions);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(box, filters, summary, results, new HorizontalLayout(previous, next));
        setMaxWidth("960px");
        show(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        if (!q.isEmpty()) {
            box.setValue(q.getFirst());
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
        SearchResult result = search.search(new SearchQuery(text, allVersions.getValue(), level.getValue(), offset, PAGE));
        summary.setText(result.hits().isEmpty() ? getTranslation("regulation.search.none")
                : getTranslation("regulation.search.total", result.total()));
        result.hits().forEach(hit -> results.add(card(hit)));
        previous.setVisible(offset > 0);
        next.setVisible(result.hits().size() == PAGE && offset + PAGE < result.total());
        labelLevels(result.facets().getOrDefault("level", Map.of()));
    }

    /** Each level's name, with how many of the best matches have it. */
    private void labelLevels(Map<String, Long> counts) {
        level.setItemLabelGenerator(value -> value == null ? getTranslation("regulation.search.any-level")
                : getTranslation("regulation.level." + value.name())
                + (counts.containsKey(value.name()) ? " (" + counts.get(value.name()) + ")" : ""));
    }

    private Div card(SearchResult.Hit hit) {
        Anchor title = new Anchor("regulations/article/" + hit.id(), hit.title());
        title.addClassName("regulation-hit-title");
        Span status = new Span(getTranslation("regulation.status." + hit.status()));
        status.getElement().getThemeList().add("CURRENT".equals(hit.status()) ? "badge success" : "badge contrast");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        Div card = new Div(heading, new Html("<div class=\"regulation-snippet\">" + hit.snippet() + "</div>"));
        card.addClassName("regulation-hit");
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.regulations");
    }
}
