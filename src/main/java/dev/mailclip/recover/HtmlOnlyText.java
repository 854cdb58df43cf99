package dev.mailclip.recover;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.HashSet;
import java.util.Set;

/** The text the recognisers read of a message that has only HTML. */
final class HtmlOnlyText {
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final int SHORT_HTML_WORDS = 60;
    private static final int MAX_LINKS_SHOWN = 10;
    /** where a clip's head stands: its first lines */
    private static final int HEAD_LINES = 8;

    private HtmlOnlyText() {
    }

    /**
     * The text of an HTML-only message. A short one also shows the address of each link whose text
     * hides it, as Gmail's text rendering does ("title <URL>"): a share sent as a rich link
     * ({@code <a href=URL>Page title</a>}) carries its URL only there.
     */
    static String of(Document doc) {
        String text = withHostLinkShown(HtmlText.of(doc.body()), doc);
        if (TextClip.wordsOver(text, SHORT_HTML_WORDS)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Set<String> shown = new HashSet<>();
        for (Element a : doc.select(LINKS)) {
            String href = a.attr("href").strip();
            // a mail app's own link under the message ("Sent from <a>Mail</a> for Windows") is no link of the person's
            if (Hosts.isUrl(href) && !text.contains(href) && !(a.parent() != null && DeviceLines.is(a.parent().text()))
                    && shown.add(href) && shown.size() <= MAX_LINKS_SHOWN) {
                out.append("\n<").append(href).append('>');
            }
        }
        return out.toString();
    }

    /**
     * The text with the line of a site's own link, "theconversation.com" linking to an article there, shown as
     * Gmail's text rendering shows a link, "host &lt;URL&gt;", when it stands among the first lines: Reader View's
     * head pasted into a client that keeps none of its classes keeps its URL for the text recognisers.
     */
    private static String withHostLinkShown(String text, Document doc) {
        int nonBlank = 0;
        int next = 0;
        while (next <= text.length() && nonBlank < HEAD_LINES) {
            int lineStart = next;
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            next = lineEnd + 1;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (Hosts.isBareHost(line)) {
                String host = Hosts.withoutWww(line.toLowerCase(java.util.Locale.ROOT));
                for (Element a : doc.select(LINKS)) { // only for a text whose head has a host line: rare
                    String href = a.attr("href").strip();
                    if (a.text().strip().equals(line) && Hosts.isUrl(href) && host.equals(Hosts.of(href))) {
                        return text.substring(0, lineStart) + line + " <" + href + ">" + text.substring(lineEnd);
                    }
                }
                return text;
            }
        }
        return text;
    }
}
