package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.wanqi.ApiClient;
import org.wanqi.files.TestImages;

/**
 * The enterprise portal on a phone: enterprise1 acknowledges a risk, sends two photos as its
 * rectification and sees it pending; the officer verifies and closes it; enterprise1 sees it closed,
 * rates the visit, and asks for help, which the officer sees and accepts.
 */
class PortalJourneysIT extends BrowserJourney {

    private static final String RISK = "废气收集罩破损（门户旅程）";

    @Test
    void onAPhoneAnEnterpriseRectifiesARiskRatesTheVisitAndAsksForHelp() throws Exception {
        ApiClient api = new ApiClient(port);
        String officerToken = api.token("officer", DEMO_PASSWORD);
        ApiClient.Answer visit = api.send("POST", "/api/v1/visits", api.json(Map.of("enterpriseId", "ent-0001", "type", "ROUTINE",
                "startedAt", LocalDate.now().minusDays(1) + "T09:30:00+08:00", "endedAt", LocalDate.now().minusDays(1) + "T10:30:00+08:00",
                "summary", "检查废气收集与处理设施（门户旅程）",
                "advice", List.of(Map.of("text", "更换破损收集罩，每班巡检并记录", "citations", List.of())),
                "risks", List.of(Map.of("category", "AIR", "severity", "GENERAL", "description", RISK,
                        "deadline", LocalDate.now().plusDays(7).toString())))),
                officerToken, null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String riskId = visit.body().get("risks").get(0).get("id").asString();
        Path before = Files.createTempFile("wanqi-fix-1", ".jpg");
        Files.write(before, TestImages.image("jpg", 640, 480, 21));
        Path after = Files.createTempFile("wanqi-fix-2", ".png");
        Files.write(after, TestImages.image("png", 320, 240, 22));

        BrowserContext phone = browser.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page enterprise = phone.newPage();
            signIn(enterprise, "enterprise1", DEMO_PASSWORD);
            assertThat(enterprise.locator("#portal-enterprise")).hasText("沧州市渤润化工有限公司");
            assertThat(enterprise.locator("#portal-open-risks")).containsText(RISK);
            assertThat(enterprise.locator("#portal-advice")).containsText("更换破损收集罩");
            Object overflow = enterprise.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            screenshot(enterprise, "portal-home-phone");

            enterprise.locator("#portal-open-risks a", new Page.LocatorOptions().setHasText(RISK)).click();
            assertThat(enterprise.locator("#risk-description")).hasText(RISK);
            moveRisk(enterprise, "RECTIFYING", null);
            enterprise.locator("#risk-evidence-upload input[type=file]").setInputFiles(new Path[] {before, after});
            assertThat(enterprise.locator("#risk-evidence img")).hasCount(2);
            moveRisk(enterprise, "PENDING_VERIFICATION", "已更换收集罩，照片见附件");
            assertThat(enterprise.locator("#risk-actions vaadin-button")).hasCount(0); // the enterprise may not verify its own work
            screenshot(enterprise, "portal-risk-pending-phone");

            Page officer = session.newPage();
            signIn(officer, "officer", DEMO_PASSWORD);
            assertThat(officer.locator("#current-user-name")).isVisible();
            officer.navigate(url("/risks/" + riskId));
            assertThat(officer.locator("#risk-evidence img")).hasCount(2);
            moveRisk(officer, "CLOSED", "现场核查合格，予以销号");

            enterprise.reload();
            assertThat(enterprise.locator("#risk-history")).containsText("现场核查合格，予以销号");
            enterprise.locator("#risk-visit").click();
            assertThat(enterprise.locator("#visit-officers")).containsText("13090021001");
            enterprise.locator("#visit-rating-score vaadin-radio-button", new Page.LocatorOptions().setHasText("5 非常满意")).click();
            enterprise.locator("#visit-rating-comment textarea").fill("整改指导及时");
            enterprise.locator("#visit-rating-save").click();
            assertThat(enterprise.locator("#visit-rating-shown")).containsText("满意度 5 分");
            screenshot(enterprise, "portal-visit-rated-phone");

            enterprise.navigate(url("/assistance"));
            enterprise.locator("#assistance-topic").click();
            enterprise.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("废气 / VOCs 治理")).click();
            enterprise.locator("#assistance-description textarea").fill("新上喷涂线，请指导 VOCs 收集治理方案（门户旅程）");
            enterprise.locator("#assistance-submit").click();
            assertThat(enterprise.locator("#assistance-grid")).containsText("待受理");

            officer.navigate(url("/assistance"));
            officer.locator("#assistance-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("请指导 VOCs 收集治理方案（门户旅程）"))
                    .first().click();
            officer.locator("#assistance-answer textarea").fill("下周二上午到企业现场指导");
            officer.locator("#assistance-accept").click();

            enterprise.reload();
            assertThat(enterprise.locator("#assistance-grid")).containsText("下周二上午到企业现场指导");
            assertThat(enterprise.locator("#assistance-grid")).containsText("已受理");
            screenshot(enterprise, "portal-assistance-phone");
        } finally {
            phone.close();
        }
    }
}
