package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.wanqi.files.TestImages;

/** The core loop on a phone: a checklist 'no' becomes a risk with a photo, followed to closure. */
class VisitJourneysIT extends BrowserJourney {

    @Test
    void onAPhoneAnOfficerTurnsAChecklistNoIntoARiskWithAPhotoAndFollowsItToClosure() throws Exception {
        BrowserContext phone = browser.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        Path before = Files.createTempFile("wanqi-before", ".jpg");
        Files.write(before, TestImages.image("jpg", 640, 480, 11));
        Path after = Files.createTempFile("wanqi-after", ".png");
        Files.write(after, TestImages.image("png", 320, 240, 12));
        try {
            Page small = phone.newPage();
            signIn(small, "officer", DEMO_PASSWORD);
            small.navigate(url("/visits/new"));
            small.locator("#visit-enterprise input").fill("渤润");
            small.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("沧州市渤润化工有限公司")).first().click();
            small.locator("#visit-checklist").click();
            small.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("危险废物贮存检查表")).click();
            small.locator("#checklist-hw-facility vaadin-radio-button", new Page.LocatorOptions().setHasText("是")).click();
            small.locator("#checklist-hw-labels vaadin-radio-button", new Page.LocatorOptions().setHasText("否")).click();
            small.locator("#checklist-hw-labels + vaadin-text-field input").fill("包装桶无标签（旅程）");
            small.locator("#checklist-to-risk-hw-labels").click();
            Locator riskRow = small.locator(".wanqi-risk-row").first();
            assertThat(riskRow.locator("vaadin-text-area.risk-description textarea"))
                    .hasValue("贮存场所及包装容器已设置危险废物识别标志和标签：包装桶无标签（旅程）");
            riskRow.locator(".risk-photos input[type=file]").setInputFiles(before);
            assertThat(riskRow.locator(".wanqi-attachment img")).hasCount(1);
            String savesBefore = small.locator("#visit-draft-saved").getAttribute("data-saves");
            small.locator("#visit-summary textarea").fill("检查危废贮存间，台账基本完整。");
            assertThat(small.locator("#visit-draft-saved")).not().hasAttribute("data-saves", savesBefore);

            small.reload();
            assertThat(small.locator("#visit-summary textarea")).hasValue("检查危废贮存间，台账基本完整。");
            assertThat(small.locator(".wanqi-risk-row .wanqi-attachment img")).hasCount(1);
            small.locator("#visit-advice textarea").fill("完善危废管理台账\n张贴危废标识");
            screenshot(small, "visit-log-phone");
            small.locator("#visit-submit").click();

            assertThat(small.locator("#enterprise-name")).hasText("沧州市渤润化工有限公司");
            assertThat(small.locator("#enterprise-timeline"))
                    .containsText("李明 发现隐患：贮存场所及包装容器已设置危险废物识别标志和标签：包装桶无标签（旅程）");
            // the demo's own story of this enterprise fills the first rows with today's risk steps
            small.locator("#enterprise-timeline").evaluate("grid => grid.scrollToIndex(6)");
            assertThat(small.locator("#enterprise-timeline")).containsText("李明 入企帮扶走访：检查危废贮存间");

            small.locator("#enterprise-risks").click();
            assertThat(small.locator("#risk-enterprise-filter")).isVisible();
            small.navigate(url("/risks?enterpriseId=ent-0001&status=OPEN"));
            riskRow(small).click();
            assertThat(small.locator("#risk-description")).containsText("包装桶无标签（旅程）");
            assertThat(small.locator("#risk-evidence img")).hasCount(1);
            moveRisk(small, "RECTIFYING", null);
            small.locator("#risk-evidence-upload input[type=file]").setInputFiles(after);
            assertThat(small.locator("#risk-evidence img")).hasCount(2);
            moveRisk(small, "PENDING_VERIFICATION", "已张贴标签，照片见附件");
            moveRisk(small, "CLOSED", "现场核查合格");
            assertThat(small.locator("#risk-history")).containsText("待核查 → 已销号");
            assertThat(small.locator("#risk-actions vaadin-button")).hasCount(0);
            screenshot(small, "risk-closed-phone");

            small.navigate(url("/risks?enterpriseId=ent-0001&status=CLOSED"));
            assertThat(riskRow(small)).isVisible();
            small.navigate(url("/risks?enterpriseId=ent-0001&status=OPEN"));
            assertThat(small.locator("#risk-status-filter")).containsText("待整改");
            small.waitForFunction("() => !document.querySelector('#risk-board').loading");
            assertThat(riskRow(small)).not().isVisible();
        } finally {
            phone.close();
        }
    }

    /** The journey's risk among the board's shown rows (hidden grid rows keep old cell text). */
    private static Locator riskRow(Page page) {
        return page.locator("#risk-board vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText("包装桶无标签（旅程）")).first();
    }
}
