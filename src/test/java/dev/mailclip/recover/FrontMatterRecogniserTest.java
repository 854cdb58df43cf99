package dev.mailclip.recover;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterRecogniserTest {
    private static final ClipContext CONTEXT = new ClipContext(LocalDate.of(2024, 9, 2), "clip");
    private static final String BODY = "\nOur monorepo's continuous integration used to take 41 minutes.\n";

    private static Findings read(String text) {
        Findings findings = new Findings();
        TextClip clip = new TextClip(text);
        new FrontMatterRecogniser().recognise(clip, CONTEXT, findings);
        findings.body(clip.body(), null);
        return findings;
    }

    @Test
    void obsidianWebClippersBlockIsReadAsYaml() {
        Findings f = read("""
                ---
                title: "How we cut our CI time in half"
                source: "https://github.blog/engineering/how-we-cut-our-ci-time-in-half/?utm_source=x"
                author:
                  - "[[Ravi Shah]]"
                  - "[[Mia Chen|Mia]]"
                published: 2024-08-21
                created: 2024-09-02
                description: "Test selection and caching."
                tags:
                  - "clippings"
                ---
                """ + BODY);
        assertEquals("How we cut our CI time in half", f.value(Field.TITLE));
        assertEquals("https://github.blog/engineering/how-we-cut-our-ci-time-in-half/", f.value(Field.URL));
        assertEquals("Ravi Shah, Mia Chen", f.value(Field.AUTHOR));
        assertEquals("2024-08-21", f.value(Field.PUBLISHED));
        assertTrue(f.evidence(Field.URL, "front-matter:source"));
        assertEquals("Our monorepo's continuous integration used to take 41 minutes.", f.text(), "the block is no body");
    }

    @Test
    void theDateAClipWasSavedIsNeverThePublicationDate() {
        Findings f = read("""
                ---
                created: 2024-09-01T08:41:22 (UTC +02:00)
                date: 2024-09-01
                tags: []
                source: https://www.noemamag.com/the-architecture-of-attention/
                author: Tobias Lang
                ---
                """ + BODY);
        assertNull(f.value(Field.PUBLISHED));
        assertEquals("Tobias Lang", f.value(Field.AUTHOR));
        assertFalse(f.text().contains("created"), f.text());
    }

    @Test
    void yamlThatIsNoClippersIsLeftToTheOtherRecognisers() {
        for (String text : new String[]{"---\nfoo: [unclosed\n---\n" + BODY, "---\nsomething: else\n---\n" + BODY,
                "---\ntitle: no end\n" + BODY, "Intro\n---\ntitle: Not at the top\n---\n" + BODY}) {
            Findings f = read(text);
            assertNull(f.value(Field.TITLE), text);
            assertNull(f.value(Field.URL), text);
        }
    }

    @Test
    void aHostileBlockIsReadBounded() {
        StringBuilder bomb = new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev).append(",*")
                    .append(prev).append(",*").append(prev).append(",*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append("]\n");
        }
        bomb.append("title: Bomb\nsource: https://example.com/a\n---\n").append(BODY);
        // aliases are not expanded (the parser's events are read, no object graph is built): no billion laughs
        Findings f = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(bomb.toString()));
        assertEquals("Bomb", f.value(Field.TITLE));
        assertTrue(f.note().length() < 2_000, "the rest of the block as written, not expanded");
        String deep = "---\ntitle: " + "[".repeat(5_000) + "\n---\n" + BODY;
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(deep)).value(Field.TITLE));
    }
}
