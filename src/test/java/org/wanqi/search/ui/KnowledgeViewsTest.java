package org.wanqi.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.search.SearchAnalytics;
import org.wanqi.security.Role;

/**
 * A trainer writes an article in the editor (preview, a citation checked as it is added), saves,
 * publishes and reads its history; an officer finds it in the search, opens it (the opening is
 * counted) and follows its citation to the statute.
 */
class KnowledgeViewsTest extends WanqiBrowserlessTest {

    @Autowired
    RegulationImporter importer;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    SearchAnalytics analytics;

    @Test
    void aTrainerWritesAndPublishesAndAnOfficerFindsAndReadsIt() throws Exception {
        users.signIn(users.create("trainer", Role.TRAINER, null, "130900"));
        try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
            importer.importFile("sample.jsonl", in, line -> { });
        }
        navigate(KnowledgeArticlesView.class);
        test($(Button.class).id("knowledge-new")).click();
        test($(TextField.class).id("knowledge-edit-title")).setValue("喷漆房门窗敞开作业的整改");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<KnowledgeTopic> topics = $(MultiSelectComboBox.class).id("knowledge-edit-topics");
        topics.setValue(Set.of(KnowledgeTopic.VOCS));
        CitationPicker citations = $(CitationPicker.class).id("knowledge-edit-citations");
        test($(TextArea.class).id("knowledge-edit-body")).setValue("## 要求\n\n挥发性有机物废气的生产活动要在**密闭**空间里做。<script>alert(1)</script>");
        Div preview = $(Div.class).id("knowledge-edit-preview");
        assertThat(preview.getElement().getProperty("innerHTML")).contains("<h2>要求</h2>", "<strong>密闭</strong>")
                .doesNotContain("<script>");
        Button suggested = $(Button.class, citations).all().stream().filter(b -> b.getText().equals("《大气污染防治法》第一百零八条"))
                .findFirst().orElseThrow(() -> new AssertionError("the cited article is suggested from the text"));
        test(suggested).click();
        test($(TextField.class, citations).first()).setValue("固废法79条");
        test($(Button.class, citations).withClassName("citation-add").first()).click();
        assertThat(citations.getValue()).containsExactly("《大气污染防治法》第一百零八条", "《固体废物污染环境防治法》第七十九条");

        test($(Button.class).id("knowledge-save")).click();
        assertThat($(Span.class).id("knowledge-edit-state").getText()).isEqualTo("草稿");
        test($(TextArea.class).id("knowledge-edit-body")).setValue("## 要求\n\n喷漆、调漆都要在**密闭**车间里做。");
        test($(Button.class).id("knowledge-move-published")).click();
        assertThat($(Span.class).id("knowledge-edit-state").getText()).isEqualTo("已发布");
        KnowledgeArticleDetails saved = knowledge.page(new KnowledgeService.Filter("喷漆房", null, null),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(saved.state()).isEqualTo(KnowledgeState.PUBLISHED);
        assertThat(saved.revisions()).as("saved once, revised once when published").hasSize(2);
        test($(Button.class).id("knowledge-history")).click();
        Button second = $(Button.class).all().stream().filter(b -> b.getText().startsWith("第 2 版")).findFirst().orElseThrow();
        test(second).click();
        assertThat($(Div.class).id("knowledge-diff").getChildren().map(line -> line.getElement().getTextRecursively()))
                .contains("+ 喷漆、调漆都要在**密闭**车间里做。");

        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));
        navigate(RegulationSearchView.class);
        test($(TextField.class).id("regulation-search-box")).setValue("喷漆房门窗敞开");
        VerticalLayout results = $(VerticalLayout.class).id("regulation-search-results");
        Div card = results.getChildren().map(Div.class::cast).filter(c -> c.hasClassName("knowledge-hit")).findFirst().orElseThrow();
        Anchor link = $(Anchor.class, card).first();
        assertThat(link.getText()).isEqualTo("喷漆房门窗敞开作业的整改");
        String href = link.getHref();
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')), QueryParameters.of("q", "喷漆房门窗敞开"));
        assertThat($(H2.class).id("knowledge-title").getText()).isEqualTo("喷漆房门窗敞开作业的整改");
        assertThat($(Button.class).all()).as("officers read, they do not edit").noneMatch(b -> "knowledge-edit".equals(b.getId().orElse("")));
        Anchor cited = $(Anchor.class, $(CitationList.class).id("knowledge-citations")).first();
        assertThat($(Anchor.class, $(CitationList.class).id("knowledge-citations")).all()).hasSize(2);
        assertThat(cited.getText()).isEqualTo("《大气污染防治法》第一百零八条");

        users.signIn(users.create("trainer2", Role.TRAINER, null, "130900"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(analytics.report(today, today, 10).openedHits()).singleElement()
                .satisfies(opened -> assertThat(opened.title()).isEqualTo("喷漆房门窗敞开作业的整改"));
        UI.getCurrent().navigate(cited.getHref());
        assertThat($(H2.class).id("article-title").getText()).isEqualTo("中华人民共和国大气污染防治法 第一百零八条");
        assertThat($(Span.class).id("article-cited-by").getText()).isEqualTo("被 0 条隐患引用");
        assertThat($(Anchor.class, $(Div.class).id("article-explained")).first().getText()).isEqualTo("喷漆房门窗敞开作业的整改");
    }
}
