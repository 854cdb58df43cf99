package dev.mailclip.serve;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless chromium driven through Debian's chromedriver, named explicitly so Selenium never tries to
 * download a driver. Absent, the browser tests fail (CI installs both, see .ci/run), unless
 * {@code -Dmailclip.skipBrowser=true} asks to skip them.
 */
final class Browser {
    static final Path DRIVER = Path.of(System.getProperty("mailclip.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("mailclip.chromium", "/usr/bin/chromium"));
    /** Where every page's screenshot goes, for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    static WebDriver start() {
        boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
        if (!present && Boolean.getBoolean("mailclip.skipBrowser")) {
            Assumptions.abort("no chromium here and -Dmailclip.skipBrowser=true");
        }
        Assertions.assertTrue(present, "the browser tests need " + CHROMIUM + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver), or -Dmailclip.skipBrowser=true to skip them");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--no-first-run", "--disable-extensions", "--lang=en");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    static Path screenshot(WebDriver driver, String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
