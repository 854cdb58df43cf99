package dev.mailclip.mail;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;

/**
 * What one pass over an HTML body tells without building its tree: its text, its tags and its comments, each
 * as jsoup would read them. The gates before the forward peeler and the HTML recognisers read it to tell that a
 * body cannot hold what they look for, so that most HTML mail is never parsed for them.
 * <p>
 * The sketch follows jsoup's tokeniser where it decides what is text: a {@code <} opens a tag only before an
 * ASCII letter (or {@code /} and a letter), a tag ends at its first {@code >} outside a quoted attribute value
 * (a quote opens a value only after {@code =}), comments end as jsoup ends them ({@code -->}, {@code --!>}, or at
 * once: {@code <!-->}), {@code <!x>}, {@code <?x>} and {@code </ x>} are bogus comments, {@code title} and
 * {@code textarea} hold decoded text up to their end tag, the raw-text elements raw text, {@code script} and
 * {@code style} nothing that is text. Entities are decoded as jsoup decodes them: mail's common few
 * ({@code &nbsp;}, {@code &amp;}, ...) at once, any other by jsoup's own decoder, in text as in text and in tags as
 * in attribute values. So its text is the text of jsoup's text nodes in document order, white space apart
 * ({@code HtmlSketchTest} holds it to that against jsoup on random bodies).
 * <p>
 * Where jsoup's tree builder moves text (a table's stray text is put before the table), or reads what the
 * tokeniser alone cannot tell (SVG and MathML, {@code <plaintext>}, frames, templates, a script that hides a
 * script in a comment, a {@code <noscript>} in a table), the sketch says it is not {@link #plain}, and a gate must
 * then let the body through. White space is kept as it stands: readers pass over it.
 */
public final class HtmlSketch {
    private final String text;
    private final String markup;
    private final String comments;
    private final boolean plain;
    private final int[] rules;

    private HtmlSketch(String text, String markup, String comments, boolean plain, int[] rules) {
        this.text = text;
        this.markup = markup;
        this.comments = comments;
        this.plain = plain;
        this.rules = rules;
    }

    /** The text of the text nodes, entities decoded, one after another in document order. */
    public String text() {
        return text;
    }

    /**
     * Every tag from its {@code <} to its {@code >} in lower case, as written, and once more decoded as attribute
     * values are when it holds an entity other than {@code &amp;} (which stands for nothing a reader looks for).
     */
    public String markup() {
        return markup;
    }

    /** The comments' data (bogus comments' too), as written. */
    public String comments() {
        return comments;
    }

    /** False when the body holds what only a tree builder reads right: a gate must let it through. */
    public boolean plain() {
        return plain;
    }

    /** Where in the text each {@code <hr>} stands: the one element a rendering gives a line of its own text (a rule). */
    public int[] rules() {
        return rules.clone();
    }

    /** Whether a start tag of this name (lower case) is in the markup. */
    public boolean hasTag(String name) {
        String open = "<" + name;
        for (int at = markup.indexOf(open); at >= 0; at = markup.indexOf(open, at + 1)) {
            int end = at + open.length();
            if (end == markup.length() || isTagNameEnd(markup.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    public static HtmlSketch of(String html) {
        return new Scanner(html.replace('\u00a0', ' ')).scan(); // as HtmlDocuments parses it
    }

    /**
     * The sketch of a body already parsed, read off its tree in one walk: for HTML-only mail, which is parsed for
     * its text anyway, this is cheaper than the scan of its HTML and the peeler's rendering it spares. The text is
     * every text node's in the tree's order, the markup every element's start tag as the tree holds it (its name,
     * then each attribute as {@code name="value"}, in lower case, a {@code >} in a value written as a space so that
     * a tag ends at its own), the comments every comment's data. It is {@link #plain} by nature: the tree is what
     * the peeler and the recognisers read.
     */
    public static HtmlSketch of(Document document) {
        TreeReader reader = new TreeReader();
        document.traverse(reader);
        return new HtmlSketch(reader.text.toString(), reader.markup.toString().toLowerCase(Locale.ROOT),
                reader.comments.toString(), true,
                java.util.Arrays.copyOf(reader.rules, reader.ruleCount));
    }

    private static final class TreeReader implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder markup = new StringBuilder();
        private final StringBuilder comments = new StringBuilder();
        private int[] rules = new int[0];
        private int ruleCount;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                markup.append('<').append(e.normalName());
                if (e.attributesSize() > 0) {
                    for (Attribute a : e.attributes()) {
                        String value = a.getValue();
                        markup.append(' ').append(a.getKey()).append("=\"")
                                .append(value.indexOf('>') < 0 ? value : value.replace('>', ' ')).append('"');
                    }
                }
                markup.append('>');
                if (e.normalName().equals("hr")) {
                    rules = withRule(rules, ruleCount++, text.length());
                }
            } else if (node instanceof Comment c) {
                comments.append(c.getData());
            }
        }
    }

    /** The rules with a rule at {@code at} in place {@code index}: the same array, or a larger copy when it is full. */
    private static int[] withRule(int[] rules, int index, int at) {
        int[] out = index < rules.length ? rules : java.util.Arrays.copyOf(rules, Math.max(4, index * 2));
        out[index] = at;
        return out;
    }

    private static boolean isTagNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    /** jsoup's white space within a tag: tab, line feed, form feed, carriage return, space */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static final class Scanner {
        /** the entities mail is full of, which jsoup decodes the same in text and in attributes, and their characters */
        private static final String[] COMMON_NAMES = {"nbsp", "#160", "amp", "lt", "gt", "quot", "#39"};
        private static final char[] COMMON_CHARS = {'\u00a0', '\u00a0', '&', '<', '>', '"', '\''};
        /** the states of jsoup's tokeniser within a tag that decide where it ends */
        private enum TagState { BEFORE_NAME, NAME, AFTER_NAME, BEFORE_VALUE, DOUBLE_QUOTED, SINGLE_QUOTED,
            AFTER_QUOTED, UNQUOTED, SELF_CLOSING }

        private final String html;
        private final int n;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder markup = new StringBuilder();
        private final StringBuilder comments = new StringBuilder();
        private boolean plain = true;
        private int[] rules = new int[0];
        private int ruleCount;
        /** for each table open, innermost last: 'c' in a cell, else 't' (text there is moved before the table) */
        private final StringBuilder tables = new StringBuilder();

        Scanner(String html) {
            this.html = html;
            this.n = html.length();
        }

        HtmlSketch scan() {
            int i = 0;
            while (i < n) {
                int lt = html.indexOf('<', i);
                int end = lt < 0 ? n : lt;
                text(i, end, true);
                if (lt < 0 || lt + 1 >= n) {
                    if (lt >= 0) {
                        text(lt, n, false);
                    }
                    break;
                }
                char next = html.charAt(lt + 1);
                if (isAsciiLetter(next)) {
                    i = startTag(lt);
                } else if (next == '/' && lt + 2 < n && isAsciiLetter(html.charAt(lt + 2))) {
                    i = endTag(lt);
                } else if (html.startsWith("<!--", lt)) {
                    i = comment(lt + 4);
                } else if (next == '!' || next == '?' || next == '/') {
                    // a bogus comment, up to its first '>': "<![CDATA[" too, outside SVG and MathML
                    int close = html.indexOf('>', lt);
                    int stop = close < 0 ? n : close;
                    comments.append(html, lt + 2, stop);
                    i = close < 0 ? n : close + 1;
                } else {
                    text(lt, lt + 1, false); // a '<' before anything else is text
                    i = lt + 1;
                }
            }
            return new HtmlSketch(text.toString(), markup.toString().toLowerCase(Locale.ROOT), comments.toString(), plain,
                    java.util.Arrays.copyOf(rules, ruleCount));
        }

        /** Text from {@code from} to {@code to}, decoded as jsoup decodes text when {@code decode}. */
        private void text(int from, int to, boolean decode) {
            if (from >= to) {
                return;
            }
            int start = text.length();
            if (!decode || !holds('&', from, to)) {
                text.append(html, from, to);
            } else if (!decodeCommonEntities(from, to)) {
                text.setLength(start);
                text.append(Parser.unescapeEntities(html.substring(from, to), false));
            }
            if (plain && !tables.isEmpty() && insideTableStructure() && !isBlank(text, start)) {
                plain = false; // the tree builder moves this text before the table
            }
        }

        /**
         * Appends the text with the entities mail is full of decoded ({@code &nbsp; &amp; &lt; &gt; &quot; &#39;
         * &#160;}, each with its semicolon, which jsoup decodes the same everywhere); false, having appended part of
         * it, at any other '&amp;': jsoup's decoder then reads the whole.
         */
        private boolean decodeCommonEntities(int from, int to) {
            int k = from;
            while (k < to) {
                int amp = k;
                while (amp < to && html.charAt(amp) != '&') {
                    amp++;
                }
                text.append(html, k, amp);
                if (amp == to) {
                    return true;
                }
                int semicolon = amp + 1;
                while (semicolon < to && semicolon - amp <= 6 && html.charAt(semicolon) != ';') {
                    semicolon++;
                }
                char decoded = semicolon < to && html.charAt(semicolon) == ';' ? common(amp + 1, semicolon) : 0;
                if (decoded == 0) {
                    return false;
                }
                text.append(decoded);
                k = semicolon + 1;
            }
            return true;
        }

        /** The character of a common entity's name (between '&amp;' and ';'), or 0. */
        private char common(int from, int to) {
            for (int k = 0; k < COMMON_NAMES.length; k++) {
                if (COMMON_NAMES[k].length() == to - from && html.startsWith(COMMON_NAMES[k], from)) {
                    return COMMON_CHARS[k];
                }
            }
            return 0;
        }

        /** Whether the character is in {@code html[from, to)}: a search that never runs past {@code to}. */
        private boolean holds(char c, int from, int to) {
            for (int k = from; k < to; k++) {
                if (html.charAt(k) == c) {
                    return true;
                }
            }
            return false;
        }

        /** A "<!--" and after it a "<script" in a script's data (as old pages hid their scripts in comments). */
        private boolean opensInnerScript(int from, int to) {
            boolean escaped = false;
            for (int k = from; k < to; k++) {
                if (html.charAt(k) != '<') {
                    continue;
                }
                if (!escaped) {
                    escaped = html.startsWith("<!--", k);
                } else if (html.regionMatches(true, k + 1, "script", 0, 6)) {
                    return true;
                }
            }
            return false;
        }

        /** Only white space (no-break spaces too) from {@code from} on: its place in the text matters to no reader. */
        private static boolean isBlank(CharSequence s, int from) {
            for (int k = from; k < s.length(); k++) {
                char c = s.charAt(k);
                if (!isSpace(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    return false;
                }
            }
            return true;
        }

        private boolean insideTableStructure() {
            return tables.charAt(tables.length() - 1) == 't';
        }

        /** A start tag at {@code lt}: its end; the raw and escapable raw text elements read on to their end tag. */
        private int startTag(int lt) {
            int nameEnd = tagNameEnd(lt + 1);
            String name = html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
            int end = tagEnd(nameEnd);
            appendMarkup(lt, end);
            if (name.equals("noscript") && !tables.isEmpty() && insideTableStructure()) {
                plain = false; // kept in the table, where a "</table>" in it ends nothing
            }
            openOrClose(name, true);
            switch (name) {
                case "hr" -> {
                    rules = withRule(rules, ruleCount++, text.length());
                    return end;
                }
                case "script" -> {
                    int close = skipTo(end, name, false, false);
                    if (opensInnerScript(end, close)) {
                        plain = false; // a "<script" after a script's "<!--": its "</script>" does not end it
                    }
                    return close;
                }
                case "style" -> {
                    return skipTo(end, name, false, false);
                }
                case "title", "textarea" -> {
                    return skipTo(end, name, true, true);
                }
                case "xmp", "iframe", "noembed", "noframes" -> {
                    return skipTo(end, name, true, false);
                }
                case "plaintext", "svg", "math", "frameset", "template" -> {
                    plain = false;
                    return end;
                }
                default -> {
                    return end;
                }
            }
        }

        private int endTag(int lt) {
            int nameEnd = tagNameEnd(lt + 2);
            String name = html.substring(lt + 2, nameEnd).toLowerCase(Locale.ROOT);
            int end = tagEnd(nameEnd);
            appendMarkup(lt, end);
            openOrClose(name, false);
            return end;
        }

        /**
         * Keeps, for each open table, whether the last table tag put the reader in a cell (a caption is one): text
         * read in a table but not in a cell is moved by the tree builder. Wrong only towards "not in a cell".
         */
        private void openOrClose(String name, boolean start) {
            switch (name) {
                case "table" -> {
                    if (start) {
                        tables.append('t');
                    } else if (!tables.isEmpty()) {
                        tables.setLength(tables.length() - 1);
                    }
                }
                case "td", "th", "caption" -> setCell(start);
                case "tr", "tbody", "thead", "tfoot", "col", "colgroup" -> setCell(false);
                default -> {
                }
            }
        }

        private void setCell(boolean inCell) {
            if (!tables.isEmpty()) {
                tables.setCharAt(tables.length() - 1, inCell ? 'c' : 't');
            }
        }

        /**
         * The tag as written, and decoded as jsoup decodes attribute values when it holds an entity other than
         * {@code &amp;}: what a reader looks for in markup is made of letters, digits and punctuation that no
         * {@code &amp;} stands for, so a tag with only those holds it as written wherever it holds it decoded.
         */
        private void appendMarkup(int from, int to) {
            markup.append(html, from, to);
            for (int k = from; k < to; k++) {
                if (html.charAt(k) == '&' && !html.startsWith("&amp;", k)) {
                    markup.append(Parser.unescapeEntities(html.substring(from, to), true));
                    return;
                }
            }
        }

        private int tagNameEnd(int from) {
            int j = from;
            while (j < n && !isTagNameEnd(html.charAt(j))) {
                j++;
            }
            return j;
        }

        /** Where the tag whose name ends at {@code from} ends: just past its '>', or the end of the body. */
        private int tagEnd(int from) {
            TagState state = TagState.BEFORE_NAME;
            for (int j = from; j < n; j++) {
                char c = html.charAt(j);
                switch (state) {
                    case BEFORE_NAME, AFTER_QUOTED, SELF_CLOSING -> {
                        if (c == '>') {
                            return j + 1;
                        } else if (isSpace(c)) {
                            state = TagState.BEFORE_NAME;
                        } else if (c == '/') {
                            state = TagState.SELF_CLOSING;
                        } else {
                            state = TagState.NAME; // '=' too opens a name here
                        }
                    }
                    case NAME, AFTER_NAME -> {
                        if (c == '>') {
                            return j + 1;
                        } else if (c == '=') {
                            state = TagState.BEFORE_VALUE;
                        } else if (c == '/') {
                            state = TagState.SELF_CLOSING;
                        } else if (isSpace(c)) {
                            state = TagState.AFTER_NAME;
                        } else {
                            state = TagState.NAME;
                        }
                    }
                    case BEFORE_VALUE -> {
                        if (c == '>') {
                            return j + 1;
                        } else if (c == '"') {
                            state = TagState.DOUBLE_QUOTED;
                        } else if (c == '\'') {
                            state = TagState.SINGLE_QUOTED;
                        } else if (!isSpace(c)) {
                            state = TagState.UNQUOTED;
                        }
                    }
                    case DOUBLE_QUOTED -> state = c == '"' ? TagState.AFTER_QUOTED : state;
                    case SINGLE_QUOTED -> state = c == '\'' ? TagState.AFTER_QUOTED : state;
                    case UNQUOTED -> {
                        if (c == '>') {
                            return j + 1;
                        } else if (isSpace(c)) {
                            state = TagState.BEFORE_NAME;
                        }
                    }
                    default -> throw new IllegalStateException(state.name());
                }
            }
            return n;
        }

        /**
         * The content of an element whose text runs to its end tag ({@code </name} and then white space, '/' or
         * '>'): kept as text when {@code isText}, decoded when {@code decode}. Returns where the end tag starts.
         */
        private int skipTo(int from, String name, boolean isText, boolean decode) {
            int j = from;
            while (true) {
                int close = html.indexOf("</", j);
                if (close < 0 || close + 2 + name.length() > n) {
                    j = n;
                    break;
                }
                int after = close + 2 + name.length();
                if (html.regionMatches(true, close + 2, name, 0, name.length())
                        && (after == n || isTagNameEnd(html.charAt(after)))) {
                    j = close;
                    break;
                }
                j = close + 2;
            }
            if (isText) {
                text(from, j, decode);
            }
            return j;
        }

        /** A comment whose data starts at {@code from}: its end, as jsoup's tokeniser finds it. */
        private int comment(int from) {
            if (html.startsWith(">", from)) {
                return from + 1; // <!-->
            }
            if (html.startsWith("->", from)) {
                return from + 2; // <!--->
            }
            int end = html.indexOf("--", from);
            while (end >= 0 && !html.startsWith("-->", end) && !html.startsWith("--!>", end)) {
                end = html.indexOf("--", end + 1);
            }
            if (end < 0) {
                comments.append(html, from, n);
                return n;
            }
            comments.append(html, from, end);
            return html.startsWith("-->", end) ? end + 3 : end + 4;
        }
    }
}
