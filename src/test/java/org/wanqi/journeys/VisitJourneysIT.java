package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The core loop on a phone: log a visit with a risk, then follow the risk to closure. */
class VisitJourneysIT extends BrowserJourney {

    @Test
    void onAPhoneAnOfficerLogsAVisitWithARiskAndFollowsItToClosure() {
        BrowserContext phone = browser.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page small = phone.newPage();
            signIn(small, "officer", DEMO_PASSWORD);
            small.navigate(url("/visits/new"));
            small.locator("#visit-enterprise input").fill("渤润");
            small.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("沧州市渤润化工有限公司")).first().click();
            small.locator("#visit-summary textarea").fill("检查危废贮存间，台账基本完整。");
            small.locator("#visit-advice textarea").fill("完善危废管理台账\n张贴危废标识");
            small.locator("#visit-risk-add").click();
            small.locator("vaadin-text-area.risk-description textarea").fill("危废贮存间未设置防渗漏托盘");
            screenshot(small, "visit-log-phone");
            small.locator("#visit-submit").click();

            assertThat(small.locator("#enterprise-name")).hasText("沧州市渤润化工有限公司");
            assertThat(small.locator("#enterprise-timeline")).containsText("李明 发现隐患：危废贮存间未设置防渗漏托盘");
            assertThat(small.locator("#enterprise-timeline")).containsText("李明 入企帮扶走访：检查危废贮存间");

            small.navigate(url("/visits"));
            assertThat(small.locator("#visits-grid")).containsText("沧州市渤润化工有限公司");

            small.navigate(url("/risks"));
            assertThat(small.locator("#risk-count-OPEN")).hasText("待整改 1");
            small.locator("#risk-board vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("防渗漏托盘")).first().click();
            move(small, "RECTIFYING", null);
            move(small, "PENDING_VERIFICATION", "已购置托盘，照片已存档");
            move(small, "CLOSED", "现场核查合格");
            assertThat(small.locator("#risk-history")).containsText("待核查 → 已销号");
            assertThat(small.locator("#risk-actions vaadin-button")).hasCount(0);
            screenshot(small, "risk-closed-phone");

            small.navigate(url("/risks"));
            assertThat(small.locator("#risk-count-OPEN")).hasText("待整改 0");
            assertThat(small.locator("#risk-count-CLOSED")).hasText("已销号 1");
        } finally {
            phone.close();
        }
    }

    private static void move(Page page, String to, String reason) {
        page.locator("#risk-move-" + to).click();
        if (reason != null) {
            page.locator("#risk-reason textarea").fill(reason);
        }
        page.locator("#risk-confirm").click();
        Locator history = page.locator("#risk-history");
        assertThat(history).isVisible();
    }
}
