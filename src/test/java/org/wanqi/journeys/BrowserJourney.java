package org.wanqi.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real-browser journey against the running application with its demo data: one Chromium for
 * the class, a fresh browser session (cookies, storage) per test.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wanqi.seed.demo=true")
@ActiveProfiles("test")
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "wanqi-demo";
    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    BrowserContext session;
    Page page;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newBrowserSession() {
        session = browser.browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        page = session.newPage();
    }

    @AfterEach
    void closeBrowserSession() {
        session.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Page in, String username, String password) {
        in.navigate(url("/login"));
        in.locator("vaadin-login-form input[name='username']").fill(username);
        in.locator("vaadin-login-form input[name='password']").fill(password);
        in.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
    }

    /** Makes a risk move on its page (with a reason, if given) and waits until its history shows it. */
    static void moveRisk(Page page, String to, String reason) {
        page.locator("#risk-move-" + to).click();
        if (reason != null) {
            page.locator("#risk-reason textarea").fill(reason);
        }
        page.locator("#risk-confirm").click();
        String label = switch (to) {
            case "RECTIFYING" -> "整改中";
            case "PENDING_VERIFICATION" -> "待核查";
            default -> "已销号";
        };
        assertThat(page.locator("#risk-history vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("→ " + label)).first())
                .isVisible();
    }

    /** Keeps a picture of the page in target/screenshots for people to look at. */
    static void screenshot(Page in, String name) {
        in.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }

    List<String> navigation(Page in) {
        Locator items = in.locator("#main-nav vaadin-side-nav-item");
        assertThat(items.first()).isVisible();
        return items.allInnerTexts().stream().map(String::trim).toList();
    }

}
