package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;

/**
 * What people do first, in a real browser against the running application with its demo data:
 * sign in, find their way, switch language, and get refused where they do not belong.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wanqi.seed.demo=true")
@ActiveProfiles("test")
class SignInJourneysIT extends BrowserJourney {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin       | 首页,效能分析,企业档案,走访记录,隐患看板,帮扶申请,专项行动,双随机抽查,检查表模板,法规检索,知识文章,检索分析,法规导入,用户管理,审计日志",
            "supervisor  | 首页,效能分析,企业档案,登记走访,走访记录,隐患看板,帮扶申请,专项行动,双随机抽查,检查表模板,法规检索",
            "officer     | 首页,企业档案,登记走访,走访记录,隐患看板,帮扶申请,专项行动,双随机抽查,法规检索",
            "trainer     | 首页,企业档案,法规检索,知识文章,检索分析,法规导入",
            "enterprise1 | 首页,走访记录,帮扶申请,法规检索,学习园地,企业信息"})
    void eachDemoRoleSignsInAndSeesExactlyItsNavigation(String username, String expected) {
        signIn(page, username, DEMO_PASSWORD);
        assertThat(navigation(page)).containsExactly(expected.split(","));
        assertThat(page.locator("#current-user-name")).isVisible();
    }

    @Test
    void aWrongPasswordShowsTheLocalizedError() {
        signIn(page, "supervisor", "not-the-password");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        assertThat(page).hasURL(url("/login?error"));
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(page, "officer2", "wrong-" + attempt);
            assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        }
        signIn(page, "officer2", DEMO_PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("登录已暂时锁定");
        assertThat(page.locator("#main-nav")).hasCount(0);
    }

    @Test
    void anEnterpriseUserOpeningAnAdminRouteIsRefused() {
        signIn(page, "enterprise2", DEMO_PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate(url("/admin/users"));
        page.waitForLoadState();
        assertThat(page.locator("#users-grid")).hasCount(0);
        page.navigate(url("/admin/audit"));
        page.waitForLoadState();
        assertThat(page.locator("#audit-grid")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("login.succeeded");
    }

    @Test
    void theLanguageSwitchChangesTheUiAndSurvivesANewSignIn() {
        new TestUsers(context).create("lang.tester", Role.OFFICER, null);
        signIn(page, "lang.tester", "password");
        assertThat(navigation(page)).containsExactly("首页", "企业档案", "登记走访", "走访记录", "隐患看板", "帮扶申请", "专项行动", "双随机抽查", "法规检索");

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).containsText("Home");
        assertThat(page.locator("h2").first()).hasText("Welcome to Wanqi");

        page.locator("#logout").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        signIn(page, "lang.tester", "password");
        assertThat(navigation(page)).containsExactly("Home", "Enterprises", "Log a visit", "Visits", "Risk board", "Help requests", "Campaigns", "Random inspections", "Regulations");
    }

    @Test
    void theLoginPageOffersEnglishBeforeSigningIn() {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("登录");
        page.locator("#login-language").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        signIn(page, "admin", "wrong");
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoThenSignsInWithTheTemporaryPassword() {
        signIn(page, "admin", DEMO_PASSWORD);
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("用户管理")).click();
        assertThat(page.locator("#users-grid")).isVisible();
        page.locator("#user-new").click();
        page.locator("#user-username input").fill("sun.qi");
        page.locator("#user-display-name input").fill("孙七");
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("执法人员")).click();
        page.locator("vaadin-combo-box input").first().fill("青县");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("青县")).first().click();
        screenshot(page, "admin-new-user");
        page.locator("#user-save").click();
        Locator temporary = page.locator("#temporary-password");
        assertThat(temporary).isVisible();
        String password = temporary.innerText().trim();
        assertThat(password).hasSize(12);
        screenshot(page, "admin-temporary-password");

        Page newcomer = session.browser().newContext().newPage();
        signIn(newcomer, "sun.qi", password);
        assertThat(newcomer.locator("#password-temporary-hint")).isVisible();
        newcomer.navigate(url("/visits"));
        assertThat(newcomer.locator("#password-temporary-hint")).isVisible(); // nothing else before the password is replaced
        newcomer.locator("#password-current input").fill(password);
        newcomer.locator("#password-new input").fill("sun-qi-own-secret");
        newcomer.locator("#password-repeat input").fill("sun-qi-own-secret");
        newcomer.locator("#password-save").click();
        assertThat(newcomer.locator("#home-activity-chart")).isVisible();
        newcomer.navigate(url("/visits"));
        assertThat(newcomer.locator("#visits-grid")).isVisible();
        assertThat(newcomer.locator("#current-user-name")).hasText("孙七");
        assertThat(newcomer.locator(".wanqi-unit")).hasText("沧州市生态环境局青县分局");
    }

    @Test
    void theHomeChartRenders() {
        signIn(page, "officer", DEMO_PASSWORD);
        Locator chart = page.locator("wanqi-chart#home-activity-chart");
        assertThat(chart).hasAttribute("rendered", "");
        assertThat(chart.locator("canvas")).hasCount(1);
        assertThat(chart.boundingBox().height).isGreaterThan(200);
        screenshot(page, "home-desktop");
    }

    @Test
    void onAPhoneTheShellFitsTheScreen() {
        BrowserContext phone = browser.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(3));
        try {
            Page small = phone.newPage();
            signIn(small, "trainer", DEMO_PASSWORD);
            assertThat(small.locator("vaadin-drawer-toggle")).isVisible();
            assertThat(small.locator("#current-user-name")).isVisible();
            assertThat(small.locator("#logout")).isVisible();
            Object overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            screenshot(small, "home-phone");
        } finally {
            phone.close();
        }
    }
}
