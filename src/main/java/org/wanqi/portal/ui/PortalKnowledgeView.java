package org.wanqi.portal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskService;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.ui.CitationList;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Roles;

/**
 * What an enterprise should read: the published knowledge articles on its pollution categories,
 * the statute articles its risks cite (each checked for being in force), and the regulation search.
 */
@Route("portal/knowledge")
@Menu(order = 54, title = "nav.portal.knowledge", icon = "vaadin:lightbulb")
@RolesAllowed(Roles.ENTERPRISE)
class PortalKnowledgeView extends VerticalLayout implements HasDynamicTitle {

    static final int ARTICLES = 20;
    /** The risks whose citations are gathered: an enterprise's whole history, in practice. */
    private static final int RISKS = 500;

    PortalKnowledgeView(EnterpriseService enterprises, KnowledgeService knowledge, RiskService risks,
                        RegulationSearch search, CurrentUser currentUser) {
        addClassName("wanqi-page");
        setMaxWidth("880px");
        Set<String> categories = enterprises.get(currentUser.require().enterpriseId()).pollutionCategories().stream()
                .map(Enum::name).collect(Collectors.toSet());
        List<KnowledgeTopic> topics = Arrays.stream(KnowledgeTopic.values()).filter(topic -> categories.contains(topic.name())).toList();
        UnorderedList articles = new UnorderedList();
        articles.setId("portal-knowledge-articles");
        for (KnowledgeArticleDetails article : knowledge.publishedOn(topics, ARTICLES)) {
            articles.add(new ListItem(new Anchor("knowledge/" + article.id(), article.title())));
        }
        List<String> cited = risks.page(RiskFilter.none(), PageRequest.of(0, RISKS)).stream()
                .map(RiskDetails::citations).flatMap(List::stream).distinct().sorted().toList();
        add(new Anchor("regulations", getTranslation("portal.knowledge.search")),
                new H3(getTranslation("portal.knowledge.articles")),
                articles.getChildren().findAny().isPresent() ? articles : new Paragraph(getTranslation("portal.knowledge.none")),
                new H3(getTranslation("portal.knowledge.cited")),
                cited.isEmpty() ? new Paragraph(getTranslation("portal.knowledge.none")) : citations(search, cited));
    }

    private static CitationList citations(RegulationSearch search, List<String> cited) {
        CitationList list = new CitationList(search, cited);
        list.setId("portal-cited-articles");
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal.knowledge");
    }
}
