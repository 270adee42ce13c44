package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 效能分析 in a real browser: the supervisor opens the dashboard, switches to the first half-year,
 * sees every chart drawn and the cards compared with a year earlier, clicks a county's bar to drill
 * into it, downloads the Excel report, and the page still fits a phone's width.
 */
class AnalyticsJourneysIT extends BrowserJourney {

    private static final List<String> CHARTS = List.of("trend", "units", "categories", "funnel", "ageing");

    @Test
    void aSupervisorReadsTheHalfYearDrillsIntoACountyAndDownloadsTheExcel() throws Exception {
        signIn(page, "supervisor", DEMO_PASSWORD);
        assertThat(page.locator("#current-user-name")).isVisible();
        page.navigate(url("/dashboard"));
        page.locator("#dashboard-range").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("上半年")).click();
        assertThat(page.locator("#dashboard-range vaadin-select-value-button")).containsText("上半年");
        page.waitForFunction("() => JSON.parse(document.querySelector('#dashboard-trend').option).xAxis.data.length === 6");
        for (String chart : CHARTS) {
            assertThat(page.locator("#dashboard-" + chart)).hasAttribute("rendered", "");
        }
        assertThat(page.locator("#card-OFFICER_VISITS")).containsText("出动执法人员");
        assertThat(page.locator("#card-OFFICER_VISITS vaadin-badge, #card-OFFICER_VISITS span[theme~='badge']")).hasText(
                java.util.regex.Pattern.compile("[▲▼] [0-9.]+%|—"));
        assertThat(page.locator("#dashboard-narrative p").first()).containsText("共出动执法人员");
        String cityChecks = page.locator("#card-CHECKS").innerText();
        screenshot(page, "dashboard-half-year");

        // A real click on the middle of 沧县's bar, where ECharts drew it.
        page.locator("#dashboard-units").scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("""
                () => {
                  const element = document.querySelector('#dashboard-units');
                  const index = element.chart.getOption().yAxis[0].data.indexOf('沧县');
                  const bar = element.chart.getModel().getSeriesByIndex(0).getData().getItemLayout(index);
                  const box = element.shadowRoot.querySelector('#canvas').getBoundingClientRect();
                  return [box.x + bar.x + bar.width / 2, box.y + bar.y + bar.height / 2];
                }""");
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
        assertThat(page.locator("#dashboard-unit vaadin-select-value-button")).containsText("沧县");
        assertThat(page.locator("#card-CHECKS")).not().hasText(cityChecks);
        assertThat(page.locator("#dashboard-units")).hasAttribute("rendered", "");

        Download download = page.waitForDownload(() -> page.locator("#dashboard-export-xlsx").click());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("报告").getRow(1).getCell(0).getStringCellValue()).contains("沧县", "执法效能分析报告");
            assertThat(workbook.getSheet("指标").getRow(1).getCell(0).getStringCellValue()).isEqualTo("出动执法人员（人次）");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
        }

        page.setViewportSize(390, 844);
        assertThat(page.locator("#dashboard-trend")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("nothing wider than a phone").isLessThanOrEqualTo(0);
        screenshot(page, "dashboard-phone");
    }
}
