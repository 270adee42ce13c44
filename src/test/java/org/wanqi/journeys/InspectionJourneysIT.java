package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.wanqi.ApiClient;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * 双随机、一公开 end to end: a supervisor commits a county draw (the commitment is public before the
 * seed), draws it, an inspector logs the inspection that closes their task, the supervisor approves
 * publication, and the public page — signed out — shows the result and verifies the draw.
 */
class InspectionJourneysIT extends BrowserJourney {

    @Test
    void aQuarterDrawFromCommitmentToThePublicPage() {
        // The demo's two 沧县 inspectors visited about half its enterprises within the recusal window, so
        // a draw could leave every task short of inspectors; two new inspectors without history make
        // sure each drawn enterprise gets its two, whatever the seed.
        TestUsers users = new TestUsers(context);
        Map<String, String> passwords = new HashMap<>();
        for (String username : List.of("inspector.journey.1", "inspector.journey.2")) {
            passwords.put(users.certified(username, "130921", "1309219" + username.charAt(username.length() - 1)).getUsername(), "password");
        }
        passwords.put("officer", DEMO_PASSWORD);
        passwords.put("officer.130921.2", DEMO_PASSWORD);

        signIn(page, "supervisor", DEMO_PASSWORD);
        page.navigate(url("/inspections"));
        page.locator("#draw-unit").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("沧县")).first().click();
        page.locator("#draw-commit").click();
        assertThat(page.locator("#draw-commitment")).containsText("承诺值");
        assertThat(page.locator("#draw-seed")).hasCount(0);
        page.waitForURL("**/inspections/draws/*"); // the page is drawn before the browser's address changes
        String drawId = page.url().substring(page.url().lastIndexOf('/') + 1);
        String commitment = page.locator("#draw-commitment").innerText().replaceAll(".*：", "").strip();

        Page anonymous = browser.browser.newContext().newPage();
        anonymous.navigate(url("/public/draws/" + drawId));
        assertThat(anonymous.locator("#public-draw-commitment")).containsText(commitment);
        assertThat(anonymous.locator("#public-draw-pending")).isVisible();
        assertThat(anonymous.locator("#public-draw-seed")).hasCount(0);

        page.locator("#draw-run").click();
        assertThat(page.locator("#draw-seed")).isVisible();
        assertThat(page.locator("#draw-tasks")).isVisible();
        screenshot(page, "draw-drawn");

        ApiClient api = new ApiClient(port);
        JsonNode draw = api.send("GET", "/api/v1/public/draws/" + drawId, null, null, null).body();
        Map<String, String> usernames = new HashMap<>();
        passwords.forEach((username, password) -> usernames.put(id(api, username, password), username));
        String[] task = draw.get("result").asString().lines().map(line -> line.split("\\|")).findFirst().orElseThrow();
        String enterpriseId = task[0];
        String inspector = usernames.get(task[2].split(",")[0]);
        String enterpriseName = draw.get("inputs").asString().lines().filter(line -> line.startsWith("enterprise " + enterpriseId + " "))
                .map(line -> line.split(" ", 5)[4]).findFirst().orElseThrow();

        Page officer = browser.browser.newContext().newPage();
        signIn(officer, inspector, passwords.get(inspector));
        assertThat(officer.locator("#current-user-name")).isVisible();
        officer.navigate(url("/inspections"));
        assertThat(officer.locator("#inspection-tasks")).containsText(enterpriseName);
        officer.locator("#inspection-tasks a[href*='" + enterpriseId + "']").first().click();
        assertThat(officer.locator("#visit-enterprise input")).hasValue(enterpriseName);
        assertThat(officer.locator("#visit-type")).containsText("双随机抽查");
        officer.locator("#visit-summary textarea").fill("双随机抽查：现场检查未发现问题（旅程）");
        officer.locator("#visit-submit").click();
        assertThat(officer.locator("#enterprise-name")).hasText(enterpriseName);
        officer.navigate(url("/inspections"));
        assertThat(officer.locator("#inspection-tasks")).containsText("已检查");
        officer.context().close();

        page.reload();
        assertThat(page.locator("#draw-tasks")).containsText("已检查");
        page.locator("#draw-publish").click();
        assertThat(page.locator("#draw-tasks")).containsText("已公开");

        anonymous.navigate(url("/public/inspections"));
        assertThat(anonymous.locator("#public-inspections")).containsText(enterpriseName);
        assertThat(anonymous.locator("#public-inspections")).containsText("未发现问题");
        assertThat(anonymous.locator("#public-figures")).containsText("县级共抽取企业主体");
        screenshot(anonymous, "public-inspections");
        anonymous.navigate(url("/public/draws/" + drawId));
        assertThat(anonymous.locator("#public-draw-seed")).isVisible();
        anonymous.locator("#public-draw-verify").click();
        assertThat(anonymous.locator("#public-draw-verdict")).containsText("验证通过");
        anonymous.context().close();
    }

    private static String id(ApiClient api, String username, String password) {
        String token = api.token(username, password);
        return Optional.of(api.send("GET", "/api/v1/me", null, token, null).body().get("id").asString()).orElseThrow();
    }
}
