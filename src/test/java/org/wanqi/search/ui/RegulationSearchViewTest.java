package org.wanqi.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.organization.UnitService;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Role;

class RegulationSearchViewTest extends WanqiBrowserlessTest {

    @Autowired
    RegulationImporter importer;
    @Autowired
    UnitService units;

    @Test
    void anOfficerFindsAnArticleByCitationOrQuestionAndReadsItWithItsNeighbours() throws Exception {
        units.run(null);
        users.signIn(users.create("trainer", Role.TRAINER, null, "130900"));
        try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
            importer.importFile("sample.jsonl", in, line -> { });
        }
        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));

        navigate(RegulationSearchView.class);
        assertThat($(Span.class).id("regulation-search-summary").getText()).contains("日常语言");
        test($(TextField.class).id("regulation-search-box")).setValue("大气法108条");
        VerticalLayout results = $(VerticalLayout.class).id("regulation-search-results");
        Div first = (Div) results.getComponentAt(0);
        Anchor title = $(Anchor.class, first).first();
        assertThat(title.getText()).isEqualTo("中华人民共和国大气污染防治法 第一百零八条");
        assertThat($(Span.class).id("regulation-search-summary").getText()).startsWith("共找到");

        test($(TextField.class).id("regulation-search-box")).setValue("工业涂装 低挥发性有机物含量涂料");
        assertThat(results.getChildren().map(card -> $(Anchor.class, card).first().getText()))
                .allMatch(text -> !text.isEmpty());
        test($(Checkbox.class).id("regulation-search-all-versions")).click();
        Div old = (Div) results.getComponentAt(0);
        assertThat($(Span.class, old).all()).anyMatch(span -> span.getText().equals("已修订"));

        assertThat(title.getHref()).as("the page knows the search it was opened from").endsWith("?q=" + java.net.URLEncoder
                .encode("大气法108条", java.nio.charset.StandardCharsets.UTF_8));
        UI.getCurrent().navigate(title.getHref().substring(0, title.getHref().indexOf('?')));
        assertThat($(H2.class).id("article-title").getText()).isEqualTo("中华人民共和国大气污染防治法 第一百零八条");
        assertThat($(Paragraph.class).id("article-text").getText()).contains("挥发性有机物");
        assertThat($(Span.class).id("article-status").getText()).isEqualTo("现行有效");
        assertThat($(Anchor.class).all()).anyMatch(link -> link.getText().equals("← 第十条"));

        UI.getCurrent().navigate("regulations", QueryParameters.of("q", "固废法第七十九条"));
        Div cited = (Div) $(VerticalLayout.class).id("regulation-search-results").getComponentAt(0);
        assertThat($(Anchor.class, cited).first().getText()).isEqualTo("中华人民共和国固体废物污染环境防治法 第七十九条");
    }
}
