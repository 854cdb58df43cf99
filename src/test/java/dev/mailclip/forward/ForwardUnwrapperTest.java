package dev.mailclip.forward;

import dev.mailclip.mail.Content;
import dev.mailclip.article.ForwardLayer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwardUnwrapperTest {
    private final ForwardUnwrapper unwrapper = new ForwardUnwrapper();

    @Test
    void aBodyThatIsNoForwardComesBackAsItWas() {
        Content content = new Content("<p>Fwd: subject lines do not matter</p>", "Fwd: nothing here\n\nJust text.");
        Unwrapped result = unwrapper.unwrap(content);
        assertTrue(result.layers().isEmpty());
        assertSame(content.html(), result.inner().html());
        assertSame(content.text(), result.inner().text());
        assertNull(result.inner().document(), "HTML the gate tells holds no forward is not parsed");
        assertNotNull(result.inner().sketch(), "the gate's sketch is handed on, for recovery's gate");
        assertNull(result.note());
        Content mayBe = new Content("<p>From: the river's edge, no forward</p>", null);
        assertNotNull(unwrapper.unwrap(mayBe).inner().document(),
                "the HTML parsed while looking for a forward is handed on, not parsed again");
        assertTrue(unwrapper.unwrap(new Content(null, null)).layers().isEmpty());
    }

    @Test
    void anOrdinaryReplyIsNoForward() {
        String text = "Sounds good.\n\nOn Wed, Mar 6, 2024 at 10:15 AM Omar <omar@example.com> wrote:\n> Lunch?\n> Date: Friday\n";
        assertTrue(unwrapper.unwrap(new Content(null, text)).layers().isEmpty());
    }

    @Test
    void anAttributionAboveAQuotedForwardBelongsToTheSeparatorNotTheNote() {
        String text = "See this.\n\nOn Fri, Jun 20, 2025 at 9:41 AM Robert <r@example.org> wrote:\n"
                + "> ________________________________\n> From: Omar Haddad <omar@example.com>\n"
                + "> Sent: Friday, June 20, 2025 9:41 AM\n> To: Robert <r@example.org>\n> Subject: Tides\n>\n> The article.\n";
        Unwrapped result = unwrapper.unwrap(new Content(null, text));
        assertEquals(List.of(new ForwardLayer("Omar Haddad <omar@example.com>", "Robert <r@example.org>",
                "2025-06-20T09:41:00", "Tides")), result.layers());
        assertEquals("See this.", result.note());
        assertEquals("The article.", result.inner().text());
    }

    @Test
    void anEmptySubjectIsNull() {
        String text = "________________________________\nFrom: a@example.com\nSent: 01 May 2019 05:05\n"
                + "To: b@example.com\nSubject: \n\nFor the archive.\n";
        ForwardLayer layer = unwrapper.unwrap(new Content(null, text)).layers().get(0);
        assertNull(layer.subject());
        assertEquals("a@example.com", layer.from());
        assertEquals("2019-05-01T05:05:00", layer.date());
    }

    @Test
    void fieldsMissingFromOneAlternativeComeFromTheOther() {
        String html = "<div class=\"moz-forward-container\">-------- Forwarded Message --------"
                + "<table class=\"moz-email-headers-table\"><tr><th>Subject: </th><td>Tides</td></tr>"
                + "<tr><th>Date: </th><td>sometime</td></tr><tr><th>From: </th><td>A &lt;a@example.com&gt;</td></tr>"
                + "</table><p>Body</p></div>";
        String text = "-------- Forwarded Message --------\nSubject: \tTides\nDate: \tThu, 29 Feb 2024 10:49:13 +0100\n"
                + "From: \tA <a@example.com>\n\nBody\n";
        Unwrapped result = unwrapper.unwrap(new Content(html, text));
        assertEquals("2024-02-29T10:49:13+01:00", result.layers().get(0).date());
        assertTrue(result.inner().html().contains("<p>Body</p>"));
        assertTrue(!result.inner().html().contains("Forwarded Message") && !result.inner().html().contains("Tides"));
    }

    @Test
    void isSafeToShareBetweenThreads() {
        Content content = new Content(null, "---------- Forwarded message ---------\nFrom: A <a@example.com>\n"
                + "Date: Wed, Mar 6, 2024 at 10:15 AM\nSubject: s\nTo: <b@example.com>\n\nbody");
        Unwrapped first = unwrapper.unwrap(content);
        IntStream.range(0, 64).parallel().forEach(i -> assertEquals(first, unwrapper.unwrap(content)));
    }
}
