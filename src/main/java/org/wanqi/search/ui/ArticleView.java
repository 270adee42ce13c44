package org.wanqi.search.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Div;
import org.wanqi.regulation.ArticleDetails;
import org.wanqi.regulation.ArticleNumber;
import org.wanqi.regulation.CitationKeys;
import org.wanqi.regulation.CitationUses;
import org.wanqi.regulation.RegulationCatalog;
import org.wanqi.regulation.RegulationDetails;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.SearchResult;

/**
 * One article: its law, chapter, text, status and version, the articles before and after it, the
 * law's versions; how many risks cite it, the knowledge articles that explain it, and related articles.
 */
@Route("regulations/article/:id")
@PermitAll
class ArticleView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient RegulationCatalog catalog;
    private final transient RegulationSearch search;
    private final transient List<CitationUses> uses;
    private String title = "";

    ArticleView(RegulationCatalog catalog, RegulationSearch search, List<CitationUses> uses) {
        this.catalog = catalog;
        this.search = search;
        this.uses = uses;
        addClassName("wanqi-page");
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ArticleDetails article = catalog.article(event.getRouteParameters().get("id").orElse(null));
        RegulationDetails law = catalog.regulation(article.regulationId());
        title = article.number().isEmpty() ? law.title() : law.title() + " " + article.number();
        SearchLinks.opened(search, event, article.id(), title);
        removeAll();
        H2 heading = new H2(title);
        heading.setId("article-title");
        Span status = new Span(getTranslation("regulation.status." + article.status().name()));
        status.setId("article-status");
        status.getElement().getThemeList().add(article.status().name().equals("CURRENT") ? "badge success" : "badge contrast");
        Span version = new Span(getTranslation("regulation.version", article.versionDate() == null ? "—" : article.versionDate()));
        Span level = new Span(law.level() == null ? "" : getTranslation("regulation.level." + law.level().name()));
        add(new Anchor("regulations", getTranslation("regulation.back")), heading, new HorizontalLayout(status, level, version));
        if (article.chapter() != null) {
            add(new H4(article.chapter()));
        }
        Paragraph text = new Paragraph(article.text());
        text.setId("article-text");
        text.getStyle().set("white-space", "pre-line");
        add(text);
        List<ArticleDetails> siblings = catalog.articlesOf(article.regulationId(), article.versionDate());
        int at = siblings.stream().map(ArticleDetails::id).toList().indexOf(article.id());
        HorizontalLayout around = new HorizontalLayout();
        if (at > 0) {
            around.add(new Anchor("regulations/article/" + siblings.get(at - 1).id(), "← " + siblings.get(at - 1).number()));
        }
        if (at >= 0 && at < siblings.size() - 1) {
            around.add(new Anchor("regulations/article/" + siblings.get(at + 1).id(), siblings.get(at + 1).number() + " →"));
        }
        add(around);
        if (!law.aliases().isEmpty()) {
            add(new Span(getTranslation("regulation.aliases", String.join("、", law.aliases()))));
        }
        law.versions().forEach(v -> add(new Span(getTranslation("regulation.version", v.date() == null ? "—" : v.date())
                + " · " + getTranslation("regulation.status." + v.status().name()) + " · "
                + getTranslation("regulation.articles", v.articles()))));
        if (article.numberValue() > 0) {
            String key = CitationKeys.of(article.shortTitle(), new ArticleNumber(article.numberValue(), article.numberSuffix()));
            Span cited = new Span(getTranslation("regulation.cited-by", uses.stream().mapToLong(u -> u.risksCiting(key)).sum()));
            cited.setId("article-cited-by");
            add(cited);
            links("article-explained", "regulation.explained", search.explaining(key, 5));
        }
        links("article-related", "regulation.related", search.related(article.id(), 5));
    }

    private void links(String id, String headingKey, List<SearchResult.Hit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Div links = new Div();
        links.setId(id);
        hits.forEach(hit -> links.add(new Div(new Anchor(SearchLinks.of(hit), hit.title()))));
        add(new H4(getTranslation(headingKey)), links);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
