package dev.mailclip.sink.markdown;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleMarkdown;
import dev.mailclip.article.Kind;
import dev.mailclip.article.Sighting;
import dev.mailclip.article.Sightings;
import dev.mailclip.sink.AtomicFiles;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.KnownRecords;
import dev.mailclip.sink.SinkException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of Markdown files, one per article: {@code DIR/2024-03-06-Title.md} with YAML front
 * matter (title, url, published, site, author, date, source, id, key) and the body converted from
 * the record's sanitized HTML (its text when there is none). Inline images with bytes are saved in
 * {@code DIR/NAME.files/} and linked. Records of kind mail are written to {@code DIR/mail/} the same
 * way (their text as body), so nothing is dropped. Unreadable messages go to {@code DIR/quarantine/}.
 * <p>
 * Every file is written to a temporary file and renamed; the .md last, so a record exists exactly
 * when its .md does. Re-opening reads the front matter of the .md files for the ids and keys
 * already stored, so a re-import adds nothing.
 * <p>
 * A new message carrying an article already stored is a sighting: the article's file is rewritten with
 * the merged record ({@link Sightings#merge}); its front matter's {@code saved} lists every message that
 * carried it and {@code tags} every label. The body is rendered again only when the new message's copy
 * is the more trusted one.
 */
public final class MarkdownSink implements Sink {
    private final String name;
    private final Path dir;
    private final QuarantineDir quarantine;
    private final KnownRecords known = new KnownRecords();
    private final boolean heldWhenOpened;
    /** names taken, lower-cased: two names differing in case collide on macOS and Windows */
    private final Set<String> taken = new HashSet<>();
    /** the file of each stored article, by article key */
    private final Map<String, Path> byKey = new HashMap<>();
    /** stands for a text or html kept in a file's body while merging */
    private static final String KEPT = "\u0000kept";
    private boolean closed;

    public MarkdownSink(String target) throws SinkException {
        this.name = "markdown:" + target;
        this.dir = Path.of(target);
        this.quarantine = new QuarantineDir(dir.resolve("quarantine"));
        try {
            Files.createDirectories(dir.resolve("mail"));
            scan(dir);
            scan(dir.resolve("mail"));
        } catch (IOException e) {
            throw new SinkException(name + ": cannot open (" + e.getMessage() + ")", e);
        }
        heldWhenOpened = !known.isEmpty();
    }

    /** Reads the ids of stored records; removes temporary files of a killed run. */
    private void scan(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                taken.add(folder.relativize(p).toString().toLowerCase(Locale.ROOT));
                if (n.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    Files.deleteIfExists(p);
                } else if (n.endsWith(".md") && Files.isRegularFile(p)) {
                    Map<?, ?> front = NoteReader.frontMatter(p);
                    String key = front.get("key") == null ? null : front.get("key").toString();
                    known.add(front.get("id") == null ? null : front.get("id").toString(), key);
                    for (Sighting s : ArticleMarkdown.saved(front.get("saved"))) {
                        known.add(s.id(), null);
                    }
                    if (key != null) {
                        byKey.put(key, p);
                    }
                }
            }
        }
    }

    /** Yes: inline images are written beside the article. */
    @Override
    public boolean keepsAttachmentBytes() {
        return true;
    }

    @Override
    public boolean heldMessagesWhenOpened() {
        return heldWhenOpened;
    }

    /** Not under this sink's lock, which the writer holds: the known ids may be asked meanwhile. */
    @Override
    public boolean holdsMessage(String id) {
        return known.holdsMessage(id);
    }

    @Override
    public synchronized Outcome accept(Article a) throws SinkException {
        if (closed) {
            throw new SinkException(name + ": already closed");
        }
        if (known.holdsMessage(a.id())) {
            return Outcome.DUPLICATE;
        }
        if (a.articleKey() != null && byKey.containsKey(a.articleKey())) {
            sight(a, byKey.get(a.articleKey()));
            known.add(a);
            return Outcome.SIGHTING;
        }
        if (known.holds(a)) {
            return Outcome.DUPLICATE;
        }
        a = Sightings.stored(a);
        boolean mail = a.kind() == Kind.MAIL;
        Path folder = mail ? dir.resolve("mail") : dir;
        String title = a.title() != null ? a.title() : a.mail() != null ? a.mail().subject() : null;
        String date = a.date() != null && a.date().matches("\\d{4}-\\d\\d-\\d\\d.*") ? a.date().substring(0, 10) : null;
        String base = claim(folder, (date == null ? "" : date + "-") + FileNames.safe(title, "untitled"));
        try {
            MarkdownNote.write(a, folder.resolve(base + ".md"));
        } catch (IOException e) {
            throw new SinkException(name + ": cannot write " + base + ".md (" + e.getMessage() + ")", e);
        }
        known.add(a);
        if (a.articleKey() != null) {
            byKey.put(a.articleKey(), folder.resolve(base + ".md"));
        }
        return Outcome.STORED;
    }

    /** Rewrites the article's file with {@code a} as a new sighting. */
    private void sight(Article a, Path md) throws SinkException {
        try {
            String file = Files.readString(md, StandardCharsets.UTF_8);
            Map<?, ?> front = NoteReader.frontMatter(md);
            Article stored = fromFrontMatter(front);
            Article merged = Sightings.merge(stored, a);
            boolean keepBody = KEPT.equals(merged.html()) || merged.html() == null && KEPT.equals(merged.text());
            Article out = merged.toBuilder().html(KEPT.equals(merged.html()) ? null : merged.html())
                    .text(KEPT.equals(merged.text()) ? null : merged.text()).build();
            String text;
            if (keepBody) {
                String body = NoteReader.body(file);
                String title = out.title() != null ? out.title() : out.mail() != null ? out.mail().subject() : null;
                text = "---\n" + ArticleMarkdown.frontMatter(out) + "---\n\n"
                        + (title == null ? "" : "# " + title.replace("\n", " ") + "\n\n") + body;
            } else {
                String base = md.getFileName().toString().replaceAll("\\.md$", "");
                text = ArticleMarkdown.render(out, MarkdownNote.saveImages(a, md.getParent(), base));
            }
            AtomicFiles.write(md, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SinkException(name + ": cannot write " + md.getFileName() + " (" + e.getMessage() + ")", e);
        }
    }

    /** The stored article as far as its front matter tells; a body it has stands as {@link #KEPT}. */
    private static Article fromFrontMatter(Map<?, ?> front) {
        Article.Builder b = NoteReader.record(front);
        for (Sighting s : ArticleMarkdown.saved(front.get("saved"))) {
            if (s.gave().contains("html")) {
                b.html(KEPT);
            }
            if (s.gave().contains("text")) {
                b.text(KEPT);
            }
        }
        return b.build();
    }

    /** A name not yet used in the folder: base, base-2, base-3... (for the .md and its .files). */
    private String claim(Path folder, String base) {
        String candidate = FileNames.truncateUtf8(base, FileNames.MAX_BYTES);
        for (int i = 2; taken(folder, candidate); i++) {
            candidate = FileNames.truncateUtf8(base, FileNames.MAX_BYTES - 8) + "-" + i;
        }
        taken.add(key(folder, candidate + ".md"));
        taken.add(key(folder, candidate + ".files"));
        return candidate;
    }

    private boolean taken(Path folder, String base) {
        return taken.contains(key(folder, base + ".md")) || taken.contains(key(folder, base + ".files"))
                || Files.exists(folder.resolve(base + ".md")) || Files.exists(folder.resolve(base + ".files"));
    }

    private String key(Path folder, String file) {
        return dir.relativize(folder.resolve(file)).toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public void quarantine(Quarantined item) throws SinkException {
        quarantine.add(item);
    }

    @Override
    public synchronized void close() {
        closed = true; // every file is complete when accept returns: nothing to flush
    }
}
