package dev.mailclip.recover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter a Markdown web clipper writes above the page (Obsidian Web Clipper, MarkDownload and
 * the like): {@code ---}, {@code title:}, {@code source:}, {@code author:} (a name, a list of names, an
 * Obsidian link {@code "[[Name]]"}), {@code published:}, {@code ---}. Read as YAML, so quoted values and lists
 * come out as values. The clip's own date ({@code created:}, {@code clipped:}, a bare {@code date:}) is when it
 * was saved, never read as the publication date. Evidence {@code front-matter:KEY}. The block is taken out of
 * the body; what it holds besides the fields the record keeps (that date, tags, the page's description, a value
 * a better source gave otherwise) is the note.
 * <p>
 * A message's YAML is read bounded: at most {@link #MAX_LINES} lines and {@link #MAX_CHARS} characters, few
 * aliases, shallow nesting; YAML that does not parse is left to the labelled lines.
 */
final class FrontMatterRecogniser implements TextRecogniser {
    static final int MAX_LINES = 60;
    static final int MAX_CHARS = 16 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(limits()).build());
    private static final List<String> URL_KEYS = List.of("source", "url", "link", "original", "canonical",
            "source_url", "original_url");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors", "by", "byline", "creator");
    private static final List<String> PUBLISHED_KEYS = List.of("published", "date_published", "published_at",
            "publication_date", "pubdate");
    private static final List<String> SITE_KEYS = List.of("site", "site_name", "sitename", "publisher");
    /** "[[Ravi Shah]]": Obsidian's link to a note of the person */
    private static final Pattern WIKI_LINK = Pattern.compile("^\\[\\[([^\\[\\]|]{1,100})(?:\\|[^\\[\\]]{0,100})?]]$");
    private static final int MAX_AUTHORS = 5;
    /** a line that starts a key of the block: the lines under it, to the next, are its value */
    private static final Pattern KEY = Pattern.compile("^([\\w-]{1,40})\\s*:");

    private static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true);
        return options;
    }

    /** Whether a line (stripped) is the fence a front matter opens with. */
    static boolean isFence(String line) {
        return line.equals("---");
    }

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> head = clip.head(1);
        if (head.isEmpty() || !isFence(clip.line(head.get(0)).strip())) {
            return;
        }
        int open = head.get(0);
        int close = -1;
        StringBuilder yaml = new StringBuilder();
        for (int i = open + 1; i < clip.size() && i <= open + MAX_LINES && yaml.length() <= MAX_CHARS; i++) {
            if (clip.line(i).strip().equals("---")) {
                close = i;
                break;
            }
            yaml.append(clip.line(i)).append('\n');
        }
        if (close < 0 || yaml.length() > MAX_CHARS) {
            return;
        }
        JsonNode front = parse(yaml.toString());
        if (front == null || !front.isObject()) {
            return;
        }
        Map<String, JsonNode> fields = lowerCaseKeys(front);
        Set<String> read = take(fields, context, findings);
        if (read.isEmpty()) {
            return; // YAML, but not a clipper's: the lines stay for the other recognisers
        }
        // the rest of the block (the clip's date, its tags, the page's description) is kept as the note
        StringBuilder rest = new StringBuilder();
        String key = null;
        for (int i = open + 1; i < close; i++) {
            Matcher k = KEY.matcher(clip.line(i));
            if (k.lookingAt()) {
                key = k.group(1).toLowerCase(Locale.ROOT);
            }
            if (!read.contains(key) && !clip.line(i).isBlank()) {
                rest.append(clip.line(i).strip()).append('\n');
            }
        }
        for (int i = open; i <= close; i++) {
            clip.use(i);
        }
        findings.note(rest.toString());
    }

    /** Claims what the block holds; returns the keys read, none when it holds nothing a clipper writes. */
    private static Set<String> take(Map<String, JsonNode> fields, ClipContext context, Findings findings) {
        Set<String> read = new HashSet<>();
        String title = text(fields.get("title"));
        if (title != null && title.length() <= 300 && findings.keeps(Field.TITLE, title, "front-matter:title")) {
            read.add("title");
        }
        for (String key : URL_KEYS) {
            String url = text(fields.get(key));
            if (url != null && Hosts.isUrl(url)) {
                if (findings.keeps(Field.URL, UrlCleaner.clean(url), "front-matter:" + key)) {
                    read.add(key);
                }
                break;
            }
        }
        for (String key : AUTHOR_KEYS) {
            String names = names(fields.get(key));
            if (names != null) {
                if (findings.keeps(Field.AUTHOR, names, "front-matter:" + key)) {
                    read.add(key);
                }
                break;
            }
        }
        for (String key : PUBLISHED_KEYS) {
            String value = text(fields.get(key));
            Optional<FoundDate> date = value == null ? Optional.empty() : DateReader.readIso(value, context.mailDay())
                    .or(() -> DateReader.readLine(value, context.mailDay()));
            if (date.isPresent()) {
                if (findings.keeps(Field.PUBLISHED, date.get().iso(), date.get().yearInferred()
                        ? "front-matter:" + key + ":year-from-mail" : "front-matter:" + key)) {
                    read.add(key);
                }
                break;
            }
        }
        if (!read.isEmpty()) {
            for (String key : SITE_KEYS) {
                String site = text(fields.get(key));
                if (site != null && site.length() <= 80) {
                    if (findings.keeps(Field.SITE, site, "front-matter:" + key)) {
                        read.add(key);
                    }
                    break;
                }
            }
        }
        return read;
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (Exception | StackOverflowError e) {
            return null; // not YAML, or more than a clipper writes
        }
    }

    private static Map<String, JsonNode> lowerCaseKeys(JsonNode object) {
        Map<String, JsonNode> out = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
        }
        return out;
    }

    /** A scalar's text, stripped; null for none, an empty one, a list or a map. */
    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** One name or a list of them, each without Obsidian's link brackets, joined by ", "; null when none reads as a name. */
    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                addName(text(item), names);
                if (names.size() == MAX_AUTHORS) {
                    break;
                }
            }
        } else {
            addName(text(node), names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(String value, List<String> names) {
        if (value == null) {
            return;
        }
        var link = WIKI_LINK.matcher(value);
        String name = Bylines.clean(link.matches() ? link.group(1) : value);
        if (name != null && !name.isBlank() && name.length() <= 100 && !names.contains(name)) {
            names.add(name);
        }
    }
}
