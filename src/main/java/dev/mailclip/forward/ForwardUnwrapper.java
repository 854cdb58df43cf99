package dev.mailclip.forward;

import dev.mailclip.mail.Content;
import dev.mailclip.article.ForwardLayer;

import java.util.ArrayList;
import java.util.List;

/**
 * Peels every inline forwarded layer off a message body, outermost first, so that the article
 * recognisers see the innermost message as if it had been mailed directly.
 *
 * <p>The HTML and the text alternative are peeled independently (each client writes both) and the
 * results merged: the alternative that found more layers decides how many there are, a field missing
 * from one is taken from the other, and each side keeps its own inner body. Detection runs on
 * separators and markup; the subject only admits the one shape that is otherwise a reply, an
 * attribution line alone. Forwards as attachments (message/rfc822) are the MIME
 * layer's business. Stateless and thread-safe.
 */
public final class ForwardUnwrapper {

    /** Off only to test that the gate before the HTML peeler changes no record ({@code HtmlGateTest}). */
    private final boolean gate;

    public ForwardUnwrapper() {
        this(true);
    }

    /** @param gate whether an HTML body is first asked whether it may hold a forward ({@link ForwardGate}) */
    public ForwardUnwrapper(boolean gate) {
        this.gate = gate; // otherwise stateless: the label table and patterns are static and immutable
    }

    /** Unwraps a body whose subject is unknown: forwards that only an attribution line marks stay unseen. */
    public Unwrapped unwrap(Content content) {
        return unwrap(content, null);
    }

    /**
     * Unwraps a body; {@code subject} (may be null) lets a forward prefix ("FW:", "WG:", "TR:") admit
     * Outlook's forwards that carry only an attribution line, which would otherwise read as replies.
     */
    public Unwrapped unwrap(Content content, String subject) {
        if (content == null) {
            return Unwrapped.none(new Content(null, null));
        }
        boolean forwardSubject = ForwardSubjects.isForward(subject);
        boolean gated = gate && content.hasHtml() && !forwardSubject;
        if (gated) {
            content = content.sketched(); // recovery reads the same sketch (and the same parse, when one was made)
        }
        boolean readHtml = content.html() != null && (!gated || ForwardGate.mayHoldForward(content.sketch()));
        // the parse made for the sketch is peeled (and a forward found cut from it: the inner content below is
        // made anew, without it)
        Peeled html = !readHtml ? null : content.document() != null ? HtmlForwards.peel(content.html(), content.document())
                : HtmlForwards.peel(content.html());
        Peeled text = content.text() == null ? null : TextForwards.peel(content.text());
        if (!isForward(html) && !isForward(text) && forwardSubject) {
            html = html == null ? null : AttributionForwards.peelHtml(html, subject);
            text = text == null ? null : AttributionForwards.peelText(content.text(), subject);
        }
        boolean htmlForward = isForward(html);
        boolean textForward = isForward(text);
        if (!htmlForward && !textForward) {
            // hand recovery the HTML already parsed here
            return Unwrapped.none(html == null ? content : content.withDocument(html.unchanged()));
        }
        List<ForwardLayer> layers = merge(html, text);
        Content inner = new Content(
                htmlForward ? html.inner() : content.html(),
                textForward ? text.inner() : content.text(), null, htmlForward ? null : content.sketch());
        String note = textForward && text.layers().size() == layers.size() ? text.note()
                : htmlForward ? html.note() : text.note();
        return new Unwrapped(layers, inner, note);
    }

    private static boolean isForward(Peeled peeled) {
        return peeled != null && peeled.isForward();
    }

    private static List<ForwardLayer> merge(Peeled html, Peeled text) {
        List<ForwardLayer> fromHtml = html == null ? List.of() : html.layers();
        List<ForwardLayer> fromText = text == null ? List.of() : text.layers();
        boolean htmlLeads = fromHtml.size() >= fromText.size();
        List<ForwardLayer> lead = htmlLeads ? fromHtml : fromText;
        List<ForwardLayer> other = htmlLeads ? fromText : fromHtml;
        if (other.size() != lead.size()) {
            return lead; // the two disagree on the chain: do not pair layers that may not match
        }
        List<ForwardLayer> merged = new ArrayList<>(lead.size());
        for (int i = 0; i < lead.size(); i++) {
            ForwardLayer a = lead.get(i);
            ForwardLayer b = other.get(i);
            merged.add(new ForwardLayer(
                    either(a.from(), b.from()), either(a.to(), b.to()),
                    either(a.date(), b.date()), either(a.subject(), b.subject())));
        }
        return merged;
    }

    private static String either(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
