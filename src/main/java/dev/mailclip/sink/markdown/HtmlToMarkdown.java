package dev.mailclip.sink.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A small HTML → Markdown walk for the record's sanitized article HTML: headings, paragraphs,
 * links, images, lists, block quotes, code, emphasis, rules. Anything else contributes its text.
 */
public final class HtmlToMarkdown {
    private final UnaryOperator<String> imageSrc;
    private final StringBuilder out = new StringBuilder();

    private HtmlToMarkdown(UnaryOperator<String> imageSrc) {
        this.imageSrc = imageSrc;
    }

    /** @param imageSrc rewrites an image's src (e.g. cid: to a saved file); returns null to drop it */
    public static String convert(String html, UnaryOperator<String> imageSrc) {
        HtmlToMarkdown c = new HtmlToMarkdown(imageSrc);
        c.children(Jsoup.parseBodyFragment(html).body(), "");
        return c.out.toString().replaceAll("\n{3,}", "\n\n").trim() + "\n";
    }

    private void children(Element e, String prefix) {
        for (Node n : e.childNodes()) {
            node(n, prefix);
        }
    }

    private void node(Node n, String prefix) {
        if (n instanceof TextNode t) {
            String text = t.text().replaceAll("\\s+", " ");
            if (!text.isBlank() || out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append(escape(text));
            }
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                block(prefix);
                out.append("#".repeat(tag.charAt(1) - '0')).append(' ').append(e.text().trim());
                block(prefix);
            }
            case "p", "div", "section", "article", "figure", "figcaption", "header", "footer", "table", "tr" -> {
                block(prefix);
                children(e, prefix);
                block(prefix);
            }
            case "br" -> out.append("  \n").append(prefix);
            case "hr" -> {
                block(prefix);
                out.append("---");
                block(prefix);
            }
            case "strong", "b" -> inline(e, "**", prefix);
            case "em", "i" -> inline(e, "*", prefix);
            case "code" -> out.append('`').append(e.text().replace("`", "'")).append('`');
            case "pre" -> {
                block(prefix);
                out.append("```\n").append(e.wholeText().strip()).append("\n```");
                block(prefix);
            }
            case "a" -> {
                String href = e.attr("href");
                String text = e.text().trim();
                if (href.isBlank() || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    children(e, prefix);
                } else if (!e.select("img").isEmpty() && text.isEmpty()) {
                    children(e, prefix);
                } else {
                    out.append('[').append(escape(text.isEmpty() ? href : text)).append("](").append(url(href)).append(')');
                }
            }
            case "img" -> {
                String src = imageSrc.apply(e.attr("src"));
                if (src != null && !src.isBlank()) {
                    out.append("![").append(escape(e.attr("alt"))).append("](").append(url(src)).append(')');
                }
            }
            case "ul", "ol" -> {
                block(prefix);
                int i = 1;
                for (Element li : e.children()) {
                    if (!li.normalName().equals("li")) {
                        continue;
                    }
                    out.append(tag.equals("ol") ? (i++) + ". " : "- ");
                    children(li, prefix + "  ");
                    out.append('\n').append(prefix);
                }
                block(prefix);
            }
            case "blockquote" -> {
                block(prefix);
                out.append("> ");
                children(e, prefix + "> ");
                block(prefix);
            }
            case "script", "style", "head", "title", "meta", "link" -> { }
            default -> children(e, prefix);
        }
    }

    private void inline(Element e, String mark, String prefix) {
        String text = e.text().trim();
        if (text.isEmpty()) {
            return;
        }
        out.append(mark);
        children(e, prefix);
        out.append(mark);
    }

    /** Ends the current block with a blank line (once). */
    private void block(String prefix) {
        int len = out.length();
        if (len == 0) {
            return;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        len = out.length();
        if (len == 0) {
            return;
        }
        if (!(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
        }
        out.append(prefix);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")
                .replace("_", "\\_");
    }

    private static String url(String u) {
        return u.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
