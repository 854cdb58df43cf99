package dev.mailclip.recover;

import dev.mailclip.mail.MailSignals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnWritingTest {
    private static final String PROSE = "The council voted on Tuesday to extend the river path.\n\nWork begins in spring.";

    private static boolean own(String title, String author, String text, String subject, String... senders) {
        Findings f = new Findings();
        if (title != null) {
            f.claim(Field.TITLE, title, "text:first-line");
        }
        if (author != null) {
            f.claim(Field.AUTHOR, author, "text:byline");
        }
        ClipContext context = new ClipContext(null, subject, MailSignals.NONE, ClipContext.Source.MESSAGE_BODY,
                List.of(senders));
        return OwnWriting.is(f, text, context);
    }

    @Test
    void draftMarksOnTheTitleOrSubject() {
        assertTrue(own("Letter to the editor - draft 3", null, PROSE, "letter"));
        assertTrue(own("A toast", null, PROSE, "speech for Ola's wedding - draft"));
        assertTrue(own("On leaving the city", null, PROSE, "essay - on leaving the city (v2)"));
        assertTrue(own("Chapitre 3", null, PROSE, "chapitre 3 - version du 18/04"));
        assertTrue(own("读书笔记：余华《活着》", null, PROSE, "读书笔记"));
        assertTrue(own("Chapter 3", null, PROSE + "\n[TODO: the transition]", "ch3"));
    }

    @Test
    void newsAboutDraftsAndVersionsIsNoDraft() {
        assertFalse(own("NFL Draft 2025: the first round, pick by pick", null, PROSE, "NFL draft"));
        assertFalse(own("Windows 11 version 24H2 rolls out", null, PROSE, "Windows 11 version 24H2 rolls out"));
        assertFalse(own("Draft law on rents passes the senate", null, PROSE, "read later"));
        assertFalse(own("笔记本电脑的销量回升", null, PROSE, "笔记本电脑"));
    }

    @Test
    void theWritersNameAsTitleBylineOrSignature() {
        String me = "Nora Lind <nora@example.com>";
        assertTrue(own("Nora Lind", null, PROSE, "cover letter", me));
        assertTrue(own("On leaving", "Nora Lind", PROSE, "essay", me));
        assertTrue(own("On leaving", null, PROSE + "\n\nYours faithfully,\nNora Lind\nHarbour Street 4", "essay", me));
        assertTrue(own("On leaving", null, PROSE + "\n\nLove, Nora", "essay", me));
        assertTrue(own("读书", null, PROSE + "\n\n王磊", "x", "王 磊 <wl@example.cn>"));
        assertFalse(own("On leaving", "Maja Berg", PROSE, "essay", me));
        assertFalse(own("On leaving", null, PROSE + "\n\nAdvertisement", "essay", me));
        assertFalse(own("On leaving", null, PROSE, "essay", "nora@example.com"));
    }

    @Test
    void displayNames() {
        assertEquals("Lucía Fernández", OwnWriting.displayName("\"Lucía Fernández\" <lucia@example.com>"));
        assertEquals("Jane Doe", OwnWriting.displayName("Jane Doe [mailto:jane@example.com]"));
        assertNull(OwnWriting.displayName("jane@example.com"));
        assertNull(OwnWriting.displayName("<jane@example.com>"));
    }
}
