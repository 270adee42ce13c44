package org.wanqi.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Real headless Chromium (Debian's {@code /usr/bin/chromium}) driven by Playwright. Without
 * Chromium the journeys are skipped with a message, except on CI, where they must run.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static BrowserSession start() {
        boolean onCi = "true".equals(System.getenv("CI"));
        if (!onCi) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                    "Browser journeys need Chromium at " + CHROMIUM + " (apt-get install chromium fonts-noto-cjk)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
        return new BrowserSession(playwright, browser);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
