package org.wanqi.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.wanqi.base.BusinessZone;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.search.RegulationSearch;

/**
 * A trainer's knowledge article, for everyone: the text, its topics and tags, the statute articles
 * it cites (each checked: a warning when one is no longer in force), and related articles. Trainers
 * also see drafts and archived articles, with a link to edit.
 */
@Route("knowledge/:id")
@PermitAll
class KnowledgeArticleView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient KnowledgeService knowledge;
    private final transient RegulationSearch search;
    private final ZoneId zone;
    private String title = "";

    KnowledgeArticleView(KnowledgeService knowledge, RegulationSearch search, BusinessZone zone) {
        this.knowledge = knowledge;
        this.search = search;
        this.zone = zone.zoneId();
        addClassName("wanqi-page");
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        KnowledgeArticleDetails article = knowledge.get(event.getRouteParameters().get("id").orElse(null));
        SearchLinks.opened(search, event, article.id(), article.title());
        title = article.title();
        removeAll();
        H2 heading = new H2(article.title());
        heading.setId("knowledge-title");
        HorizontalLayout about = new HorizontalLayout();
        about.setAlignItems(FlexComponent.Alignment.BASELINE);
        about.setWrap(true);
        if (article.state() != KnowledgeState.PUBLISHED) {
            Span state = new Span(getTranslation("knowledge.state." + article.state().name()));
            state.setId("knowledge-state");
            state.getElement().getThemeList().add("badge contrast");
            about.add(state);
        }
        article.topics().forEach(topic -> about.add(badge(getTranslation("knowledge.topic." + topic.name()))));
        article.tags().forEach(tag -> about.add(badge("#" + tag)));
        Span byline = new Span(getTranslation("knowledge.byline", article.authorName(),
                article.publishedAt() == null ? "—" : DateTimeFormatter.ISO_LOCAL_DATE.format(article.publishedAt().atZone(zone))));
        byline.addClassName("wanqi-hint");
        add(new Anchor("regulations", getTranslation("regulation.back")), heading, about, byline);
        if (knowledge.canWrite()) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("knowledge/edit/" + article.id())));
            edit.setId("knowledge-edit");
            add(edit);
        }
        Html body = new Html(article.html());
        body.setId("knowledge-body");
        add(body);
        if (!article.citations().isEmpty()) {
            CitationList cited = new CitationList(search, article.citations());
            cited.setId("knowledge-citations");
            add(new H4(getTranslation("knowledge.citations")), cited);
        }
        List<org.wanqi.search.SearchResult.Hit> related = search.related(article.id(), 5);
        if (!related.isEmpty()) {
            add(new H4(getTranslation("regulation.related")));
            Div links = new Div();
            links.setId("knowledge-related");
            related.forEach(hit -> links.add(new Div(new Anchor(SearchLinks.of(hit), hit.title()))));
            add(links);
        }
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
