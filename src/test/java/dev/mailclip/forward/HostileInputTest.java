package dev.mailclip.forward;

import dev.mailclip.mail.Content;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.time.Duration.ofSeconds;

/** A megabyte of separators, header lines and junk must unwrap quickly and never peel more than the bound. */
class HostileInputTest {
    private static final int MEGABYTE = 1 << 20;
    private final ForwardUnwrapper unwrapper = new ForwardUnwrapper();

    private static String repeat(String unit) {
        return unit.repeat(MEGABYTE / unit.length() + 1);
    }

    private void unwrapsQuickly(String label, Supplier<Content> input) {
        unwrapsQuickly(label, null, input);
    }

    private void unwrapsQuickly(String label, String subject, Supplier<Content> input) {
        Content content = input.get();
        Unwrapped result = assertTimeoutPreemptively(ofSeconds(5), () -> unwrapper.unwrap(content, subject), label);
        assertTrue(result.layers().size() <= Peeled.MAX_LAYERS, label + ": layers bounded");
    }

    @Test
    void separatorsOnly() {
        unwrapsQuickly("original message lines", () -> new Content(null, repeat("-----Original Message-----\n")));
        unwrapsQuickly("gmail separators", () -> new Content(null, repeat("---------- Forwarded message ---------\n\n")));
        unwrapsQuickly("underscores", () -> new Content(null, repeat("________________________________\n")));
    }

    @Test
    void headerBlocksOneAfterAnother() {
        String block = "________________________________\nFrom: A <a@b.c>\nSent: Friday, June 20, 2025 9:41 AM\n"
                + "To: B <b@c.d>\nSubject: x\n\n";
        unwrapsQuickly("stacked header blocks", () -> new Content(null, repeat(block)));
        unwrapsQuickly("label lines without end", () -> new Content(null, repeat("From: x\nTo: y\n")));
        unwrapsQuickly("wrapped continuation lines", () -> new Content(null,
                "From: x\nDate: 1 Jan 2024 10:00\nTo: " + repeat("a@b.c, \n")));
    }

    @Test
    void longLinesAndDeepQuoting() {
        unwrapsQuickly("one line of dashes", () -> new Content(null, repeat("-")));
        unwrapsQuickly("one line of colons", () -> new Content(null, "From" + repeat(": :")));
        unwrapsQuickly("deep quoting", () -> new Content(null, repeat("> ") + "\nFrom: a\n"));
        unwrapsQuickly("quoted separators", () -> new Content(null,
                repeat("> > > Begin forwarded message:\n> > >\n> > > From: a <a@b.c>\n> > > Subject: s\n")));
        unwrapsQuickly("attribution lines", () -> new Content(null, repeat("On Mon, Jan 1, 2024 x wrote:\n")));
        // under a forward subject every line ending in a colon is read for a verb, a clock and a sender
        unwrapsQuickly("verbs without a clock", "FW: x", () -> new Content(repeat("<p>schrieb schrieb a écrit:</p>"),
                repeat("schrieb skrev schreef escribió napisał wrote:\n")));
        unwrapsQuickly("clocks without a verb", "WG: x", () -> new Content(null, repeat("12:34:56 12:34 PM ,:\n")));
        unwrapsQuickly("one long attribution-like line", "TR: x", () -> new Content(null, repeat("12:34 skrev ") + ":"));
        unwrapsQuickly("run-together separator lines", () -> new Content(null,
                repeat("----- Forwarded Message ----- From: a <a@b>To: b <b@c>ToTo:To:Sent: x GMTSubject: s\n")));
        unwrapsQuickly("one long run-together line", () -> new Content(null,
                "----- Forwarded Message ----- From: a" + repeat("To:A:Da:")));
    }

    @Test
    void hostileHtml() {
        unwrapsQuickly("nested blockquotes", () -> new Content(
                "<blockquote type=\"cite\"><div>Begin forwarded message:</div>".repeat(20_000)
                        + "<div><b>From: </b>a</div>" + "</blockquote>".repeat(20_000), null));
        unwrapsQuickly("many header divs", () -> new Content(repeat("<div id=\"divRplyFwdMsg\"><b>From:</b> a"
                + "<br><b>Sent:</b> Friday, June 20, 2025 9:41 AM<br><b>To:</b> b<br><b>Subject:</b> s</div><hr>"), null));
        unwrapsQuickly("flat siblings", () -> new Content("<div>" + repeat("<span>x</span><br>") + "</div>"
                + "<hr><div>From: a &lt;a@b.c&gt;<br>Sent: Friday, June 20, 2025 9:41 AM<br>To: b</div><p>end</p>", null));
        unwrapsQuickly("nbsp junk", () -> new Content(repeat("&nbsp;-&nbsp;<br>"), repeat("\u00A0-\u00A0\r\n")));
    }

    @Test
    void deepChainsStopAtTheBound() {
        String layer = "---------- Forwarded message ---------\nFrom: A <a@b.c>\nDate: Wed, Mar 6, 2024 at 10:15 AM\n"
                + "Subject: s\nTo: <b@c.d>\n\n";
        Unwrapped result = unwrapper.unwrap(new Content(null, layer.repeat(50) + "article"));
        assertTrue(result.layers().size() == Peeled.MAX_LAYERS);
    }
}
