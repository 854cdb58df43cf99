package dev.mailclip.recover;

import dev.mailclip.mail.Content;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;
import dev.mailclip.mailbox.RawMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Nothing a recogniser takes is lost: every line the text recognisers take out of the body (a URL,
 * a title, a labelled line, a byline, a dateline, a host line, the person's note) ends up in the
 * record, as a field or in the note, or is declared furniture (a rule, a reading time, "Related
 * articles"). Held to every text clip of the fixtures and, where present, of the development sets.
 */
class NothingLostTest {
    private static final List<Path> FOLDERS = List.of(Path.of("fixtures/seeds"), Path.of("fixtures/shapes"),
            Path.of("fixtures/clips"), Path.of("../shared/eval/dev"), Path.of("../shared/eval/shares"));
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"]+");
    private static final Pattern LABEL = Pattern.compile("(?iu)^[\\p{L} ]{2,20}\\s*[:：]\\s*");
    private static final Pattern MARKUP = Pattern.compile("^#+\\s*|[*_]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("^\\[(.*)]\\(\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** a title as messaging apps wrap it: "【Title】" is Title */
    private static final Pattern WRAPPED_TITLE = Pattern.compile("^[【《「『](.*)[】》」』]$");
    /** a front matter's value as YAML writes it: "- \"[[Name]]\"" is Name */
    private static final Pattern YAML_VALUE = Pattern.compile("^(?:-\\s+)?([\"']?)(?:\\[\\[)?(.*?)(?:]])?\\1$");

    @TestFactory
    Stream<DynamicTest> everyTakenLineIsKept() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue; // the development sets live beside the repository, not in it
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(NothingLostTest::isClip).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + file.getFileName(), () -> check(file)));
                }
            }
        }
        assertTrue(tests.size() >= 30, "the fixtures are there");
        return tests.stream();
    }

    private static boolean isClip(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".eml") || name.endsWith(".txt");
    }

    private static void check(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        ClipContext context;
        if (file.toString().endsWith(".txt")) {
            text = new String(bytes, StandardCharsets.UTF_8);
            context = ClipContext.LOOSE_FILE;
        } else {
            ParsedMail mail = new MailParser().parse(bytes);
            Content content = mail.content();
            text = content.text() != null ? content.text()
                    : content.html() != null ? HtmlText.of(Jsoup.parse(content.html()).body()) : null;
            context = new ClipContext(null, mail.envelope().subject(), mail.signals(), ClipContext.Source.MESSAGE_BODY);
        }
        if (text == null || text.isBlank()) {
            return;
        }
        Findings record = new Recovery().recover(content(text, file), context);
        if (!record.isArticle()) {
            String whole = norm(record.text());
            for (String line : HtmlText.tidy(text).split("\n")) {
                assertTrue(whole.contains(norm(line)), file + ": ordinary mail lost the line \"" + line + "\"");
            }
            return;
        }
        Findings findings = new Findings();
        TextClip clip = new Recovery().readLines(text, context, findings);
        String kept = norm(String.join("\n", values(findings)) + "\n" + findings.note() + "\n" + clip.body());
        for (int i = 0; i < clip.size(); i++) {
            String line = clip.line(i).strip();
            if (clip.isUsed(i) && !line.isEmpty() && !accounted(line, findings, kept)) {
                fail(file + ": line " + (i + 1) + " was taken but is nowhere in the record: \"" + line + "\" " + findings.claims());
            }
        }
    }

    /** The text alone, so that recovery reads it as the line check does. */
    private static Content content(String text, Path file) {
        return new Content(null, text);
    }

    private static List<String> values(Findings findings) {
        List<String> out = new ArrayList<>();
        findings.claims().values().forEach(c -> out.add(c.value()));
        return out;
    }

    private static boolean accounted(String line, Findings findings, String kept) {
        if (line.codePoints().noneMatch(Character::isLetterOrDigit) || ReadingTime.is(line)
                || PublisherFooterRecogniser.isFurniture(line) || Bylines.isProfileLink(line)) {
            return true; // layout and site furniture, declared as such
        }
        if (kept.contains(norm(line))) {
            return true;
        }
        String[] quoted = UrlTitleTextRecogniser.quotedTitle(line);
        if (quoted != null && kept.contains(norm(quoted[0])) && kept.contains(norm(quoted[1]))) {
            return true; // the sender's sentence in the note, the title it quoted the title
        }
        EdgeUrlRecogniser.Captioned captioned = EdgeUrlRecogniser.captioned(line);
        if (captioned != null && UrlCleaner.clean(captioned.url()).equals(findings.value(Field.URL))) {
            return true; // a caption ("Pasted from", "Read more") of the URL kept
        }
        String rest = MARKUP.matcher(line).replaceAll("");
        Matcher url = URL.matcher(line);
        while (url.find()) {
            String cleaned = UrlCleaner.clean(url.group().replaceAll("[.,;:!?)>\\]]+$", ""));
            if (!cleaned.equals(findings.value(Field.URL))) {
                return false; // a second URL taken: it would be lost
            }
            rest = rest.replace(url.group(), " ");
        }
        Matcher link = MARKDOWN_LINK.matcher(rest); // "[Title](" once its URL is out
        if (link.matches() && link.group(1).strip().split("\\s+").length <= 3
                && MarkdownRecogniser.linkAlone(line) != null) {
            return true; // a caption of the URL kept: "[Source](https://…)", "[Read the original](https://…)"
        }
        rest = link.replaceAll("$1").strip();
        rest = LABEL.matcher(rest.strip()).replaceFirst("").strip();
        rest = YAML_VALUE.matcher(rest).replaceFirst("$2").strip();
        rest = WRAPPED_TITLE.matcher(rest).replaceFirst("$1").strip();
        if (rest.isEmpty() || rest.replaceAll("[<>()\\[\\]]", "").isBlank()) {
            return true;
        }
        if (findings.has(Field.PUBLISHED) && DateReader.readDateline(rest, null).isPresent()) {
            return true;
        }
        Optional<CreditLine.Read> credit = CreditLine.read(rest, null);
        if (credit.isPresent() && (credit.get().date() == null || findings.has(Field.PUBLISHED))
                && (credit.get().author() == null || kept.contains(norm(credit.get().author())))) {
            return true; // a byline and a date on one line, both in the record
        }
        Bylines.NameAndDate split = Bylines.splitDate(rest, null);
        if (split.date() != null && findings.has(Field.PUBLISHED)
                && (split.name() == null || kept.contains(norm(split.name())))) {
            return true;
        }
        String n = norm(rest);
        String byline = Bylines.clean(rest);
        String host = Hosts.of(findings.value(Field.URL));
        String name = split.name() != null ? split.name() : byline;
        if (Hosts.nameMatches(name, host) || Hosts.nameMatches(name, findings.value(Field.SITE))) {
            return true; // the site's own name beside its host: the same fact as the site
        }
        return kept.contains(n) || byline != null && kept.contains(norm(byline))
                || Hosts.isBareHost(rest.split("\\s+")[0]) && kept.contains(Hosts.withoutWww(n.split(" ")[0]));
    }

    private static String norm(String s) {
        return s == null ? "" : SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
