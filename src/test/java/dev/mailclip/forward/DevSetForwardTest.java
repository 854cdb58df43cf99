package dev.mailclip.forward;

import dev.mailclip.mail.Content;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailclip.article.ForwardLayer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the unwrapper on the shared dev set's inline forwards (and checks it finds no layer in the
 * messages that are not inline forwards). Skipped when the set is not beside the project. The MIME
 * decoding here is a minimal stand-in for the real MIME layer: first text/html and text/plain
 * outside attached messages.
 */
class DevSetForwardTest {
    private static final Path DEV = Path.of("../shared/eval/dev");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Test
    void inlineForwardsOfTheDevSet() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEV.resolve("gold.jsonl")), "dev set not present");
        ObjectMapper json = new ObjectMapper();
        ForwardUnwrapper unwrapper = new ForwardUnwrapper();
        Session session = Session.getInstance(new Properties());
        int messages = 0, countOk = 0, layers = 0, fromOk = 0, subjectOk = 0, dateOk = 0, falseLayers = 0;
        List<Path> files;
        try (var stream = Files.list(DEV)) {
            files = stream.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        java.util.Map<String, JsonNode> gold = new java.util.HashMap<>();
        for (String line : Files.readAllLines(DEV.resolve("gold.jsonl"))) {
            JsonNode node = json.readTree(line);
            gold.put(node.get("messageId").asText().replaceAll("[<>\\s]", ""), node);
        }
        for (Path file : files) {
            MimeMessage message;
            try (InputStream in = Files.newInputStream(file)) {
                message = new MimeMessage(session, in);
            }
            JsonNode g = gold.get(message.getMessageID().replaceAll("[<>\\s]", ""));
            if (g == null) {
                continue;
            }
            String style = g.get("style").asText();
            String[] bodies = new String[2];
            collect(message, bodies);
            Unwrapped result = unwrapper.unwrap(new Content(bodies[0], bodies[1]));
            boolean inline = style.equals("fwd-outlook") || style.equals("fwd-apple") || style.equals("fwd-thunderbird");
            if (!inline) {
                if (!result.layers().isEmpty()) {
                    falseLayers++;
                    System.out.println("FALSE " + file.getFileName() + " " + style + " " + result.layers());
                }
                continue;
            }
            messages++;
            JsonNode expected = g.get("forwarded");
            if (expected.size() == result.layers().size()) {
                countOk++;
            } else {
                System.out.println("COUNT " + file.getFileName() + " " + result.layers());
            }
            for (int i = 0; i < expected.size(); i++) {
                layers++;
                ForwardLayer got = i < result.layers().size() ? result.layers().get(i) : null;
                JsonNode e = expected.get(i);
                boolean f = got != null && firstAddress(got.from()).equalsIgnoreCase(e.get("from").asText());
                boolean s = got != null && sameSubject(e.get("subject"), got.subject());
                boolean d = got != null && sameMinute(e.get("date").asText(), got.date());
                fromOk += f ? 1 : 0;
                subjectOk += s ? 1 : 0;
                dateOk += d ? 1 : 0;
                if (!(f && s && d)) {
                    System.out.println("FIELD " + file.getFileName() + " expected " + e + " got " + got);
                }
            }
        }
        System.out.printf("dev inline forwards: messages %d, layer count %d/%d, from %d/%d, subject %d/%d,"
                + " date %d/%d, false layers in other styles %d%n", messages, countOk, messages, fromOk, layers,
                subjectOk, layers, dateOk, layers, falseLayers);
        assertTrue(countOk >= messages * 0.9, "layer counts");
        assertTrue(fromOk >= layers * 0.9 && subjectOk >= layers * 0.9 && dateOk >= layers * 0.9, "layer fields");
        assertTrue(falseLayers == 0, "no layers in messages that are not inline forwards");
    }

    private static void collect(Part part, String[] bodies) throws Exception {
        if (part.isMimeType("message/rfc822")) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, bodies);
            }
        } else if (part.isMimeType("text/html") && bodies[0] == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/plain") && bodies[1] == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            bodies[1] = (String) part.getContent();
        }
    }

    private static String firstAddress(String from) {
        if (from == null) {
            return "";
        }
        Matcher m = ADDRESS.matcher(from);
        return m.find() ? m.group() : "";
    }

    private static boolean sameSubject(JsonNode expected, String got) {
        if (expected == null || expected.isNull()) {
            return got == null || got.isBlank();
        }
        return got != null && norm(expected.asText()).equals(norm(got));
    }

    private static String norm(String s) {
        return s.replace('\u00A0', ' ').replaceAll("^(?i)((fwd?|re|wg|tr)\\s*:\\s*)+", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean sameMinute(String expected, String got) {
        if (got == null) {
            return false;
        }
        boolean expectedOffset = expected.matches(".*([+-]\\d{2}:\\d{2}|Z)$");
        boolean gotOffset = got.matches(".*([+-]\\d{2}:\\d{2}|Z)$");
        if (expectedOffset && gotOffset) {
            return OffsetDateTime.parse(expected).toInstant().getEpochSecond() / 60
                    == OffsetDateTime.parse(got).toInstant().getEpochSecond() / 60;
        }
        String e = expectedOffset ? OffsetDateTime.parse(expected).toLocalDateTime().toString() : expected;
        String o = gotOffset ? OffsetDateTime.parse(got).toLocalDateTime().toString() : got;
        return LocalDateTime.parse(e).withSecond(0).equals(LocalDateTime.parse(o).withSecond(0));
    }
}
