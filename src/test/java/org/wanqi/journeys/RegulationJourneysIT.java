package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.InputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.SystemTasks;

/**
 * The knowledge base in a real browser: an officer asks, finds the article, reads it and its
 * neighbour; a trainer writes and publishes an article citing 大气法第一百零八条, an officer finds it
 * by a plain question, follows the citation, and gets that article suggested while describing a risk
 * (then throws that practice draft away).
 */
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

    @Test
    void aTrainersArticleIsFoundByAPlainQuestionAndItsCitationIsSuggestedForARisk() {
        signIn(page, "trainer", DEMO_PASSWORD);
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("知识文章")).click();
        page.locator("#knowledge-new").click();
        page.locator("#knowledge-edit-title input").fill("调漆间门窗常开，废气跑到车间外面怎么整改");
        page.locator("#knowledge-edit-body textarea").fill("## 问题\n\n调漆、喷漆时门窗常开，**挥发性有机物**废气没有收集。\n\n## 整改\n\n关闭门窗，负压收集后处理。");
        assertThat(page.locator("#knowledge-edit-preview h2").first()).hasText("问题");
        page.locator("#knowledge-edit-citations .citation-entry input").fill("大气法第一百零八条");
        page.locator("#knowledge-edit-citations .citation-entry input").press("Enter");
        assertThat(page.locator("#knowledge-edit-citations .citation-chip").first()).containsText("《大气污染防治法》第一百零八条");
        page.locator("#knowledge-move-published").click();
        assertThat(page.locator("#knowledge-edit-state")).hasText("已发布");
        screenshot(page, "knowledge-editor");

        Page officer = session.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(390, 844)).newPage();
        signIn(officer, "officer", DEMO_PASSWORD);
        officer.navigate(url("/regulations"));
        officer.locator("#regulation-search-box input").fill("调漆间门窗一直开着，废气跑出去了怎么办");
        Locator found = officer.locator("#regulation-search-results .knowledge-hit .regulation-hit-title",
                new Page.LocatorOptions().setHasText("调漆间门窗常开"));
        assertThat(found).isVisible();
        found.click();
        assertThat(officer.locator("#knowledge-title")).hasText("调漆间门窗常开，废气跑到车间外面怎么整改");
        officer.locator("#knowledge-citations a").first().click();
        assertThat(officer.locator("#article-title")).hasText("中华人民共和国大气污染防治法 第一百零八条");
        assertThat(officer.locator("#article-explained")).containsText("调漆间门窗常开");
        screenshot(officer, "knowledge-cited-article");

        officer.navigate(url("/visits/new"));
        officer.locator("#visit-risk-add").click();
        officer.locator(".risk-description textarea").first().fill("调漆工序在敞开车间进行，挥发性有机物废气未密闭收集处理");
        Locator suggested = officer.locator(".risk-citations .citation-suggestion",
                new Page.LocatorOptions().setHasText("《大气污染防治法》第一百零八条"));
        assertThat(suggested).isVisible();
        suggested.click();
        assertThat(officer.locator(".risk-citations .citation-chip").first()).containsText("《大气污染防治法》第一百零八条");
        screenshot(officer, "risk-citation-suggested");

        officer.locator("#visit-draft-discard").click();
        officer.locator("#visit-draft-discard-confirm").click();
        assertThat(officer.locator("#visit-risk-add")).isVisible();
        assertThat(officer.locator(".wanqi-risk-row")).hasCount(0);
        assertThat(officer.locator("#visit-draft-discard")).isHidden();
        officer.context().close();
    }
}
