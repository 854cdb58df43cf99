package dev.mailclip.recover;

import org.jsoup.nodes.Document;

/** A recogniser of clips pasted as HTML. Runs before the text recognisers; claims what it finds. */
interface HtmlRecogniser {
    void recognise(Document html, ClipContext context, Findings findings);
}
