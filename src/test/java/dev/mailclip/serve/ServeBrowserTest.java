package dev.mailclip.serve;

import com.sun.net.httpserver.HttpServer;
import dev.mailclip.cli.Cli;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.Sinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mailclip serve} in a real browser: the seed clips, a quarantined message and a hostile clip imported
 * into a fresh SQLite archive, the server on a free port, headless chromium looking. A local listener plays the
 * remote host of the hostile clip's tracking pixel and counts what reaches it.
 */
class ServeBrowserTest {
    private static final String HOSTILE_ID = "msgid:<hostile-serve-1@mailclip.test>";
    private static final String SEED_ID = "msgid:<CAseed001.clip@mail.gmail.com>";

    @TempDir
    static Path dir;
    static HttpServer remote;
    static final AtomicInteger REMOTE_HITS = new AtomicInteger();
    static Archive archive;
    static ArchiveServer server;
    static String base;
    static WebDriver browser;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", x -> {
            REMOTE_HITS.incrementAndGet();
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        remote.start();
        Path hostile = dir.resolve("hostile-clip.eml");
        Files.writeString(hostile, Files.readString(Path.of("fixtures/serve/hostile-clip.eml"), StandardCharsets.UTF_8)
                .replace("REMOTE_HOST", "127.0.0.1:" + remote.getAddress().getPort()), StandardCharsets.UTF_8);
        String sink = "sqlite:" + dir.resolve("archive.db");
        Cli.Run run = Cli.run("import", "fixtures/mailbox/clips.mbox", "fixtures/mailbox/takeout.mbox",
                "fixtures/mailbox/hostile/dup-deep.mbox", hostile.toString(), "--sink", sink, "-q", "--threads", "1");
        assertEquals(0, run.code(), run.err());
        archive = Sinks.openArchive(sink);
        server = new ArchiveServer(archive, "127.0.0.1", 0).start();
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
        if (remote != null) {
            remote.stop(0);
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> titles() {
        return browser.findElements(By.cssSelector(".item .title")).stream().map(WebElement::getText).toList();
    }

    private static int total() {
        return Integer.parseInt(browser.findElement(By.id("total")).getText());
    }

    @Test
    void searchFindsASeedArticleWithTheWordsMarked() throws Exception {
        browser.get(base + "/");
        Browser.screenshot(browser, "list");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("ceasefire talks");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q="));
        assertTrue(titles().stream().anyMatch(t -> t.contains("US And Israel Are Buying Time")), titles().toString());
        List<String> marked = browser.findElements(By.cssSelector(".snippet mark")).stream()
                .map(e -> e.getText().toLowerCase()).toList();
        assertTrue(marked.stream().anyMatch(m -> m.startsWith("ceasefire")), marked.toString());
        Browser.screenshot(browser, "search");
    }

    @Test
    void aFacetNarrowsTheList() throws Exception {
        browser.get(base + "/");
        int all = total();
        WebElement site = browser.findElement(By.cssSelector("#facet-site li a"));
        String chosen = site.getText();
        site.click();
        int narrowed = total();
        assertTrue(narrowed > 0 && narrowed < all, all + " → " + narrowed);
        assertTrue(browser.findElements(By.cssSelector(".item .meta")).stream()
                .allMatch(m -> m.getText().contains(chosen)), "every record listed is of " + chosen);
        assertEquals(chosen, browser.findElement(By.cssSelector("#facet-site a.chosen")).getText());
        Browser.screenshot(browser, "facet");
    }

    @Test
    void theArticlePageShowsTheTextAndItsInlineImage() throws Exception {
        browser.get(base + Routes.article(SEED_ID));
        assertTrue(browser.findElement(By.id("body")).getText().contains("Osama Hamdan"));
        WebElement img = browser.findElement(By.cssSelector("#body img[src^='/image']"));
        long width = (Long) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : -1", img);
        assertTrue(width > 0, "the cid: image loaded from the archive, naturalWidth " + width);
        assertEquals("noopener noreferrer", browser.findElement(By.id("original")).getAttribute("rel"));
        assertTrue(browser.findElement(By.cssSelector(".fields")).getText().contains("reader-view"),
                "fields come with their evidence");
        Browser.screenshot(browser, "article");
    }

    @Test
    void theHostileClipRunsNothingAndLoadsNothingUntilAsked() throws Exception {
        browser.get(base + Routes.article(HOSTILE_ID));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebElement chart = browser.findElement(By.cssSelector("#body img[src^='/image']"));
        assertTrue((Long) js.executeScript("return arguments[0].naturalWidth", chart) > 0, "its cid: image shows");
        String page = browser.getCurrentUrl();
        for (WebElement a : browser.findElements(By.cssSelector("#body a:not([href^='http'])"))) {
            a.click(); // a javascript: link would run here
        }
        assertEquals(page, browser.getCurrentUrl());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(Boolean.TRUE, js.executeScript("return typeof window.mailclipPwned === 'undefined'"));
        assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "no script element in the page");
        Thread.sleep(300);
        assertEquals(0, REMOTE_HITS.get(), "no request reached the remote host");
        Browser.screenshot(browser, "hostile");

        // asked for, on this page only, the remote image loads: the listener is reachable, so 0 above meant something
        browser.findElement(By.id("load-remote")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> REMOTE_HITS.get() > 0);
        assertEquals(Boolean.TRUE, js.executeScript("return typeof window.mailclipPwned === 'undefined'"));
        HttpResponse<String> relaxed = get(Routes.articleWithRemote(HOSTILE_ID));
        assertTrue(relaxed.headers().firstValue("Content-Security-Policy").orElse("").contains("img-src 'self' data: http: https:"));
        assertFalse(relaxed.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src"));
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/?q=ceasefire", Routes.article(HOSTILE_ID), Routes.QUARANTINE, Routes.DASHBOARD,
                Routes.STYLE, "/no/such/page")) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("img-src 'self' data:;")
                    && csp.contains("frame-ancestors 'none'") && csp.contains("style-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
        HttpResponse<String> page = get(Routes.article(HOSTILE_ID));
        assertFalse(page.body().contains("<script"), "no script leaves the server");
        assertFalse(page.body().contains("onerror"), "no handler leaves the server");
        assertFalse(page.body().contains("javascript:"), "no javascript: link leaves the server");
    }

    @Test
    void theQuarantineOffersTheRawMessage() throws Exception {
        browser.get(base + Routes.QUARANTINE);
        WebElement row = browser.findElement(By.cssSelector("tr.item"));
        assertTrue(row.getText().contains("nesting depth"), row.getText());
        String href = row.findElement(By.cssSelector("a.raw")).getAttribute("href");
        Browser.screenshot(browser, "quarantine");
        HttpResponse<String> raw = HTTP.send(HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, raw.statusCode());
        assertEquals("message/rfc822", raw.headers().firstValue("Content-Type").orElse(null));
        String disposition = raw.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.endsWith(".eml\""), disposition);
        assertTrue(raw.body().contains("dup-deep-3@hostile.test"), "the message's own bytes");
    }

    @Test
    void theDashboardDrawsItsCharts() throws Exception {
        browser.get(base + Routes.DASHBOARD);
        assertFalse(browser.findElements(By.cssSelector("#timeline svg rect")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#sites svg rect")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#reasons svg rect")).isEmpty());
        Browser.screenshot(browser, "dashboard");
    }

    @Test
    void pathsAndIdsOutsideTheArchiveAreNotFound() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/static/../../pom.xml",
                "/static/style.css/../../../pom.xml", "/article?id=../../etc/passwd", "/article?id=%2Fetc%2Fpasswd",
                "/article", "/image?id=" + Query.encode(SEED_ID) + "&cid=..%2F..%2Fetc%2Fpasswd",
                "/image?id=..%2Fpom.xml&cid=x", "/quarantine/raw?id=%2Fetc%2Fpasswd", "/quarantine/raw",
                "/article?id=msgid%3A%3Cno-such%40x%3E", "/WEB-INF/web.xml", "/fixtures/serve/hostile-clip.eml")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("root:"), path);
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "read-only");
    }
}
