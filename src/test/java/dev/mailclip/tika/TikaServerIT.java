package dev.mailclip.tika;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real tika-server (3.3.2, its standalone jar fetched by Maven) with the plugin jar on its
 * classpath, as an operator would run it: a seed email PUT to /rmeta comes back as the article.
 */
class TikaServerIT {
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process server;
    private static Path log;
    private static URI base;

    @BeforeAll
    static void startServer() throws Exception {
        Path serverJar = Path.of(required("mailclip.tikaServerJar"));
        Path pluginJar = Path.of(required("mailclip.pluginJar"));
        assertTrue(Files.isRegularFile(serverJar), "no tika-server jar at " + serverJar);
        assertTrue(Files.isRegularFile(pluginJar), "no plugin jar at " + pluginJar);
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port + "/");
        log = Files.createTempFile("tika-server-it", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                serverJar + File.pathSeparator + pluginJar,
                "org.apache.tika.server.core.TikaServerCli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            // the server forks a child that does the parsing: stop both
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.waitFor();
        }
        if (log != null) {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void seedEmailIsParsedByMailclipOnRmeta() throws Exception {
        HttpResponse<String> res = put("rmeta", "seed-001.eml", Files.readAllBytes(Hosts.SEED));
        JsonNode doc = new ObjectMapper().readTree(res.body()).get(0);
        assertNotNull(doc, res.body());
        assertTrue(values(doc, "X-TIKA:Parsed-By").contains(MailclipParser.class.getName()), res.body());
        assertEquals(List.of("Any aimless negotiations will not continue: Hamdan to Al Mayadeen"), values(doc, "dc:title"));
        assertTrue(values(doc, "dc:source").get(0).startsWith("https://english.almayadeen.net/news/politics/any-aimless"),
                res.body());
        // as Tika's own parsers write it: UTC, with seconds; the clip's own value under mailclip:
        assertEquals(List.of("2024-03-06T00:00:00Z"), values(doc, "dcterms:created"));
        assertEquals(List.of("2024-03-06"), values(doc, "mailclip:date"));
        // the envelope keys a host may rely on are still there
        assertEquals(List.of("Sam Reader <sam.reader@gmail.com>"), values(doc, "Message-From"));
    }

    @Test
    void pdfAttachedToAnArticleIsParsedOnRmeta() throws Exception {
        HttpResponse<String> res = put("rmeta/text", "article-with-pdf.eml", ArticleWithPdf.message());
        JsonNode docs = new ObjectMapper().readTree(res.body());
        assertEquals(List.of("article"), values(docs.get(0), "mailclip:kind"), res.body());
        JsonNode pdf = null;
        for (JsonNode d : docs) {
            if (values(d, "resourceName").contains(ArticleWithPdf.PDF_NAME)) {
                pdf = d;
            }
        }
        assertNotNull(pdf, res.body());
        assertTrue(values(pdf, "X-TIKA:Parsed-By").contains("org.apache.tika.parser.pdf.PDFParser"), res.body());
        assertTrue(values(pdf, "X-TIKA:content").get(0).contains(ArticleWithPdf.PDF_TEXT), res.body());
        assertEquals(List.of("/" + ArticleWithPdf.PDF_NAME), values(pdf, "X-TIKA:embedded_resource_path"), res.body());
    }

    /** PUTs a message to an endpoint as a client names a file; the answer must be 200. */
    private static HttpResponse<String> put(String endpoint, String fileName, byte[] body) throws Exception {
        HttpRequest put = HttpRequest.newBuilder(base.resolve(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Disposition", "attachment; filename=" + fileName)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> res = HTTP.send(put, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body() + "\n" + serverLog());
        return res;
    }

    /** A metadata value as a list: tika-server writes single values as strings, several as arrays. */
    private static List<String> values(JsonNode doc, String key) {
        JsonNode v = doc.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    private static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("tika-server exited with " + server.exitValue() + ":\n" + serverLog());
            }
            try {
                HttpRequest get = HttpRequest.newBuilder(base.resolve("tika")).timeout(Duration.ofSeconds(5)).GET().build();
                if (HTTP.send(get, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // the forked child is still starting
            }
            Thread.sleep(500);
        }
        fail("tika-server not ready within " + STARTUP + ":\n" + serverLog());
    }

    private static String serverLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        assertNotNull(v, property + " not set: run through mvn verify (failsafe)");
        return v;
    }
}
