package org.dossier.web;

import org.dossier.testing.Needs;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver ({@code .ci/run} installs both): fixed binary
 * paths, so Selenium Manager never downloads anything; flags that keep Chromium off the network and working as root.
 */
final class Browser {

    static final String CHROMIUM = Needs.CHROMIUM;
    static final String CHROMEDRIVER = Needs.CHROMEDRIVER;

    private Browser() {
    }

    /** A fresh headless browser; skips the calling test when Chromium is not installed (see {@link Needs}). */
    static ChromeDriver open() {
        Needs.chromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("dossier-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
