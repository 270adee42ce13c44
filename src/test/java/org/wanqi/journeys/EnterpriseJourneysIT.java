package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.wanqi.enterprise.Contact;
import org.wanqi.enterprise.EnterpriseDraft;
import org.wanqi.enterprise.EnterpriseGenerator;
import org.wanqi.enterprise.ImportFiles;
import org.wanqi.enterprise.SheetFormat;

/** The registry in a real browser: finding, reading, editing and importing enterprises. */
class EnterpriseJourneysIT extends BrowserJourney {

    @Test
    void anOfficerFindsAnEnterpriseByPartOfItsNameEditsAContactAndSeesItOnTheTimeline() {
        signIn(page, "officer", DEMO_PASSWORD);
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("企业档案")).click();
        page.locator("#enterprise-search input").fill("渤润");
        assertThat(page.locator("#enterprise-count")).hasText("共 1 家");
        Locator row = page.locator("#enterprises-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("沧州市渤润化工有限公司")).first();
        assertThat(row).isVisible();
        screenshot(page, "enterprise-list");
        row.click();

        assertThat(page.locator("#enterprise-name")).hasText("沧州市渤润化工有限公司");
        assertThat(page.locator("#enterprise-facts")).containsText("沧县");
        page.locator("#enterprise-edit").click();
        Locator phone = page.locator("vaadin-text-field.contact-phone input").first();
        phone.fill("0317-2025678");
        page.locator("#enterprise-save").click();

        assertThat(page.locator("#enterprise-contacts")).containsText("0317-2025678");
        assertThat(page.locator("#enterprise-timeline")).containsText("李明 修改了企业档案：联系人");
        screenshot(page, "enterprise-360");
    }

    @Test
    void aWrongPhoneIsExplainedBeforeAnythingIsSaved() {
        signIn(page, "officer", DEMO_PASSWORD);
        page.navigate(url("/enterprises"));
        page.locator("#enterprise-search input").fill("渤润");
        assertThat(page.locator("#enterprise-count")).hasText("共 1 家");
        page.locator("#enterprises-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("沧州市渤润化工有限公司")).first().click();
        page.locator("#enterprise-edit").click();
        page.locator("vaadin-text-field.contact-phone input").first().fill("12345");
        page.locator("#enterprise-save").click();
        assertThat(page.locator("vaadin-text-field.contact-phone").first()).containsText("电话格式不正确");
        assertThat(page.locator("#enterprise-save")).isVisible();
    }

    @Test
    void anAdministratorImportsAWorkbookAndSeesItsTwoBadRowsReported() throws Exception {
        List<EnterpriseDraft> drafts = ImportFiles.drafts(new EnterpriseGenerator(99), 12);
        drafts.forEach(d -> d.setUscc(EnterpriseGenerator.uscc(d.getRegionCode(), 90_000 + drafts.indexOf(d))));
        drafts.get(3).setUscc("91130921MA00000157");
        drafts.get(8).setContacts(List.of(new Contact("张三", "经理", "12345")));
        Path file = Files.createTempFile("enterprises", ".xlsx");
        Files.write(file, ImportFiles.bytes(drafts, SheetFormat.XLSX));

        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate(url("/enterprises"));
        page.locator("#enterprise-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-file")).containsText("12 行数据");
        page.locator("#import-dry-run").click();
        assertThat(page.locator("#import-report-summary")).hasText("共 12 行：10 行可导入（其中 0 家已登记），2 个问题。");
        Locator problems = page.locator("#import-problems");
        assertThat(problems).containsText("统一社会信用代码");
        assertThat(problems).containsText("联系电话");
        assertThat(problems.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("校验位"))).hasCount(1);
        screenshot(page, "enterprise-import-report");

        page.locator("#import-run").click();
        assertThat(page.locator("#import-progress-text")).hasText("导入完成：新增 10 家，更新 0 家，跳过 0 家，2 行有误未导入。");
        page.navigate(url("/enterprises"));
        page.locator("#enterprise-search input").fill(drafts.getFirst().getUscc());
        assertThat(page.locator("#enterprise-count")).hasText("共 1 家");
        assertThat(drafts.getFirst().getUscc()).hasSize(18);
    }
}
