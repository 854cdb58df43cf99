package dev.mailclip.recover;

import dev.mailclip.FixtureMessages;
import dev.mailclip.Limits;
import dev.mailclip.RandomTexts;
import dev.mailclip.mail.Content;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.MailSignals;
import dev.mailclip.mail.ParsedMail;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cheap gate before the text recognisers ({@link Verdict#textCannotMakeAnArticle}) changes no record:
 * the recovery with and without it gives the same verdict, text, HTML and note, and for an article the same
 * claims, over every message of the fixtures and the development sets and over random texts made of the
 * lines clips are made of, each under the mail signals that decide a verdict.
 */
class RecoveryGateTest {
    private static final Recovery GATED = new Recovery();
    private static final Recovery UNGATED = new Recovery(false);

    private static final MailSignals REPLY = new MailSignals(false, false, true, false, false, false, false, false, null);
    private static final MailSignals BULK = new MailSignals(true, false, false, false, false, false, false, false, null);
    private static final MailSignals SERVICE = new MailSignals(false, false, false, false, false, false, true, false, null);
    private static final MailSignals SPAM = new MailSignals(false, false, false, true, false, false, false, false, null);
    private static final MailSignals SELF = new MailSignals(false, false, false, false, false, true, false, false, null);
    private static final MailSignals CALENDAR = new MailSignals(false, false, false, false, true, false, false, false, null);
    private static final MailSignals AUTOMATED = new MailSignals(false, true, false, false, false, false, false, false, null);
    private static final MailSignals SELF_REPLY = new MailSignals(false, false, true, false, false, true, false, false, null);
    private static final MailSignals SELF_BULK = new MailSignals(true, false, false, false, false, true, false, false, null);
    private static final List<MailSignals> SIGNALS = List.of(MailSignals.NONE, REPLY, BULK, SERVICE, SPAM, SELF, CALENDAR,
            AUTOMATED, SELF_REPLY, SELF_BULK);
    private static final List<String> SUBJECTS = List.of("Re: lunch", "The quiet river runs on", "read this");

    /** Lines clips and mail are made of: links, host lines, labels, datelines, headings, prose, quoting. */
    private static final List<String> LINES = List.of("", "", "", "https://news.example.com/2024/03/quiet-river",
            "Read this: http://example.org/a?utm_source=x", "english.almayadeen.net", "www.nytimes.com",
            "nytimes.com <https://www.nytimes.com/2024/03/03/world/story.html>", "# The quiet river",
            "[The quiet river](https://news.example.com/quiet)", "URL: https://a.example.net/story", "Source: nytimes.com",
            "Published: 3 March 2024", "By Jane Doe", "March 3, 2024", "5 min read", "LONDON (Reuters) - Rain fell.",
            "The Quiet River Runs On", "An ordinary sentence of somebody's mail, with a full stop.",
            "> quoted from the last message", "-----", "-- ", "Unsubscribe from this list", "Sent from my iPhone",
            "HTTP://EXAMPLE.COM/SHOUTED", "hxxp://not.a.link", "see example.com.", "Dear John,", "Thanks, Ann",
            "On Mon, 3 Mar 2024, Ann wrote:", "Title: The quiet river", "Date: 2024-03-03", "host.example  ",
            "Click here to order now! 100% free", "a.b", "--- Original Message ---", "---", "title: The quiet river",
            "url: https://news.example.com/quiet", "Link: see https://a.example.net/x", "Via: https://b.example.org/y",
            "来源：https://news.example.cn/2024/03/04/a.html", "Source: The Guardian", "<https://news.example.com/quiet>",
            "## The quiet river", "*The quiet river*", "**Radio Example**", "example.com <http://example.com/>",
            "List archive: https://lists.example.org/archive", "Original: http://x.example.com/1", "Posted: 04/03/2024");

    @Test
    void theGateChangesNoRecoveryOfTheFixturesAndDevelopmentSets() throws Exception {
        MailParser parser = new MailParser(Limits.DEFAULTS);
        int messages = 0;
        for (Path file : FixtureMessages.files(".eml")) {
            ParsedMail mail;
            try {
                mail = parser.parse(Files.readAllBytes(file));
            } catch (Exception e) {
                continue; // unreadable on purpose (the hostile fixtures)
            }
            messages++;
            for (MailSignals signals : SIGNALS) {
                ClipContext context = new ClipContext(LocalDate.of(2024, 3, 4), mail.envelope().subject(), signals,
                        ClipContext.Source.MESSAGE_BODY);
                assertSame(file.toString(), mail.content(), context);
            }
        }
        assertTrue(messages >= 50, "fixtures read: " + messages);
    }

    @Test
    void theGateChangesNoRecoveryOfRandomTexts() {
        Random random = new Random(2026);
        int gated = 0;
        int listMailRead = 0;
        int rounds = 6000;
        for (int round = 0; round < rounds; round++) {
            String text = RandomTexts.pieces(random, LINES, 30, "\n");
            MailSignals signals = SIGNALS.get(random.nextInt(SIGNALS.size()));
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            ClipContext context = new ClipContext(LocalDate.of(2024, 3, 4), subject, signals, ClipContext.Source.MESSAGE_BODY);
            Content content = random.nextInt(4) == 0
                    ? new Content("<p>" + text.replace("\n", "<br>") + "</p>", null)
                    : new Content(null, text);
            assertSame("random text " + round + ":\n" + text, content, context);
            if (Verdict.textCannotMakeAnArticle(new Findings(), context, HtmlText.tidy(text))) {
                gated++;
            } else if (signals.reply() || signals.bulk() || signals.roleSender()) {
                listMailRead++;
            }
        }
        assertTrue(gated > rounds / 10 && gated < rounds * 3 / 4, "the gate must be tried both ways: " + gated);
        assertTrue(listMailRead > rounds / 20, "list mail with a strong shape's lines must be read: " + listMailRead);
    }

    @Test
    void theLinesOfAStrongTextShapeOpenTheGateForListMail() {
        assertTrue(Verdict.mayHoldStrongTextShape("Hi all,\n  www.nytimes.com \nThe title"));
        assertTrue(Verdict.mayHoldStrongTextShape("nytimes.com <https://www.nytimes.com/2024/03/03/a.html>"));
        assertTrue(Verdict.mayHoldStrongTextShape("a\nSource: https://a.example.net/story\nb"));
        assertTrue(Verdict.mayHoldStrongTextShape("---\ntitle: x\n---"));
        assertTrue(Verdict.mayHoldStrongTextShape("# T\n[T](https://a.example.net/t)"));
        assertTrue(!Verdict.mayHoldStrongTextShape("see https://lists.example.org/listinfo/x\n-- \nAnn"));
        assertTrue(!Verdict.mayHoldStrongTextShape("Source: the Guardian\n--- Original Message ---\nhttp://x.example.com/y"));
    }

    @Test
    void aLinkOrAHostLineOpensTheGate() {
        assertTrue(Verdict.mayHoldLinkOrHostLine("see HtTp://x"));
        assertTrue(Verdict.mayHoldLinkOrHostLine("a\n  english.almayadeen.net  \nb"));
        assertTrue(!Verdict.mayHoldLinkOrHostLine("see example.com.\nhxxp://x and www dot com"));
        assertTrue(!Verdict.mayHoldLinkOrHostLine("a.b c\nfoo"));
    }

    private static void assertSame(String what, Content content, ClipContext context) {
        Findings with = GATED.recover(content, context);
        Findings without = UNGATED.recover(content, context);
        assertEquals(without.verdict(), with.verdict(), what);
        assertEquals(without.text(), with.text(), what);
        assertEquals(without.html(), with.html(), what);
        assertEquals(without.note(), with.note(), what);
        if (without.isArticle()) {
            assertEquals(without.claims(), with.claims(), what);
        }
    }
}
