package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.InputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.SystemTasks;

/** The knowledge base in a real browser: an officer asks, finds the article, reads it and its neighbour. */
class RegulationJourneysIT extends BrowserJourney {

    @BeforeEach
    void theSampleStatutesAreImported() {
        context.getBean(SystemTasks.class).asSystem(() -> {
            try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
                context.getBean(RegulationImporter.class).importFile("sample.jsonl", in, line -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anOfficerFindsTheArticleForACitationAndForAPlainQuestion() {
        signIn(page, "officer", DEMO_PASSWORD);
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("法规检索")).click();
        page.locator("#regulation-search-box input").fill("大气法108条");
        Locator first = page.locator("#regulation-search-results .regulation-hit-title").first();
        assertThat(first).hasText("中华人民共和国大气污染防治法 第一百零八条");
        assertThat(page.locator("#regulation-search-summary")).containsText("共找到");
        screenshot(page, "regulation-search-citation");

        page.locator("#regulation-search-box input").fill("车间挥发性有机物废气没有密闭收集会被罚款吗");
        assertThat(page.locator("#regulation-search-results .regulation-hit-title").first())
                .hasText("中华人民共和国大气污染防治法 第一百零八条");
        assertThat(page.locator("#regulation-search-results mark").first()).isVisible();
        screenshot(page, "regulation-search-question");

        page.locator("#regulation-search-results .regulation-hit-title").first().click();
        assertThat(page.locator("#article-title")).hasText("中华人民共和国大气污染防治法 第一百零八条");
        assertThat(page.locator("#article-status")).hasText("现行有效");
        assertThat(page.locator("#article-text")).containsText("挥发性有机物");
        page.locator("a", new Page.LocatorOptions().setHasText("← 第十条")).click();
        assertThat(page.locator("#article-title")).hasText("中华人民共和国大气污染防治法 第十条");
        screenshot(page, "regulation-article");
    }
}
