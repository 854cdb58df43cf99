package dev.mailclip.tika;

import dev.mailclip.article.Article;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.SAXException;

/**
 * The body of an article document: the title as h1, a link to the page, then the article itself
 * from its sanitized HTML when the record has it, else its text as paragraphs.
 */
final class ArticleXhtml {
    private ArticleXhtml() {
    }

    /** Writes between the caller's startDocument and endDocument. */
    static void write(Article a, XHTMLContentHandler xhtml) throws SAXException {
        if (a.title() != null) {
            xhtml.element("h1", a.title());
        }
        if (a.url() != null) {
            xhtml.startElement("p");
            xhtml.startElement("a", "href", a.url());
            xhtml.characters(a.url());
            xhtml.endElement("a");
            xhtml.endElement("p");
        }
        if (a.html() != null) {
            new HtmlToSax(xhtml).write(a.html());
        } else if (a.text() != null) {
            for (String para : a.text().split("\\n\\s*\\n")) {
                if (!para.isBlank()) {
                    xhtml.element("p", para.strip());
                }
            }
        }
    }
}
