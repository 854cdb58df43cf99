package dev.mailclip.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an archive keeps an article seen in several messages (docs/RECORD.md, "Sightings").
 * <p>
 * Every message that carried the article is one {@link Sighting}. Each field of the stored article
 * (title, url, published, date, site, author, text, html, note) takes its value from the most trusted
 * sighting that has one; the envelope ({@code id}, {@code mail}, {@code forwarded}, {@code evidence.kind})
 * is that of the most trusted sighting of all; attachments go with the html (else the text). Trust is, in
 * order: the shape the message's copy had ({@link #tier}: a strong shape such as Reader View or a saved
 * page, then a clip of pasted text, then a shared link, then anything else), then the longer text, then the
 * copy with more attachments (its pictures), then the smaller message id. Each field is thus the maximum over a total order, so {@link #merge} is commutative
 * and associative: the archive does not depend on the order in which the messages came.
 */
public final class Sightings {
    /** The article fields merged one by one. */
    public static final List<String> FIELDS =
            List.of("title", "url", "published", "date", "site", "author", "text", "html", "note");

    private static final Comparator<Sighting> BY_DATE = Comparator
            .comparing(Sighting::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Sighting::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Most trusted first. */
    public static final Comparator<Sighting> BY_TRUST = Comparator
            .comparingInt((Sighting s) -> tier(s.shape())).reversed()
            .thenComparing(Comparator.comparingInt(Sighting::chars).reversed())
            .thenComparing(Comparator.comparingInt(Sighting::images).reversed())
            .thenComparing(Sighting::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private Sightings() {
    }

    /**
     * How far a shape is trusted: 4 a strong shape (Reader View markup, a feed item, a saved page's
     * metadata, labelled lines, markdown, a loose file), 3 a clip of text or an attached page, 2 a shared
     * link, 1 any other article, 0 mail.
     */
    public static int tier(String shape) {
        if (shape == null) {
            return 1;
        }
        if (shape.startsWith("mail:")) {
            return 0;
        }
        if (shape.startsWith("share:")) {
            return 2;
        }
        if (shape.startsWith("clip:") || shape.equals("page:attached") || shape.equals("reader-view:text")) {
            return 3;
        }
        String head = shape.contains(":") ? shape.substring(0, shape.indexOf(':')) : shape;
        return switch (head) {
            case "reader-view", "feed-item", "page", "labelled-lines", "front-matter", "markdown", "file" -> 4;
            default -> 1;
        };
    }

    /** The record's sightings: those it has, or the one of the message it came from. */
    public static List<Sighting> of(Article a) {
        if (!a.sightings().isEmpty()) {
            return a.sightings();
        }
        MailInfo m = a.mail();
        List<String> gave = new ArrayList<>();
        for (String f : FIELDS) {
            if (get(a, f) != null) {
                gave.add(f);
            }
        }
        return List.of(new Sighting(a.id(), m == null ? null : m.date(), m == null ? null : m.from(),
                m == null ? null : m.to(), m == null ? null : m.subject(), m == null ? List.of() : m.labels(),
                m == null ? null : m.folder(), m == null ? null : m.threadId(), m == null ? null : m.source(),
                a.note(), a.forwarded(), a.evidence().get("kind"), a.text() == null ? 0 : a.text().length(),
                a.attachments().size(), gave));
    }

    /** The record as an archive stores it: with its sightings listed (its own, when fresh). */
    public static Article stored(Article a) {
        return a.sightings().isEmpty() && a.articleKey() != null ? a.toBuilder().sightings(of(a)).build() : a;
    }

    /** True when the message {@code id} is one of the record's sightings (a re-read message). */
    public static boolean carries(Article a, String id) {
        if (id == null) {
            return false;
        }
        if (id.equals(a.id())) {
            return true;
        }
        for (Sighting s : a.sightings()) {
            if (id.equals(s.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article as known from the sightings of both records (the same article: one article key). A
     * sighting in both is kept once.
     */
    public static Article merge(Article a, Article b) {
        List<Sighting> sa = of(a);
        List<Sighting> sb = of(b);
        Sighting primary = best(sa).equals(best(sb)) ? best(sa)
                : BY_TRUST.compare(best(sa), best(sb)) <= 0 ? best(sa) : best(sb);
        Article main = sa.contains(primary) ? a : b;

        Map<String, String> chosen = new HashMap<>(); // field -> sighting id
        Map<String, Article> from = new HashMap<>();
        Article.Builder out = main.toBuilder();
        for (String f : FIELDS) {
            String va = get(a, f);
            String vb = get(b, f);
            Sighting ga = giver(sa, f);
            Sighting gb = giver(sb, f);
            Article pick;
            Sighting src;
            if (va == null && vb == null) {
                set(out, f, null);
                continue;
            } else if (vb == null || va != null && BY_TRUST.compare(ga, gb) <= 0) {
                pick = a;
                src = ga;
            } else {
                pick = b;
                src = gb;
            }
            set(out, f, get(pick, f));
            chosen.put(f, src.id());
            from.put(f, pick);
        }
        Article body = from.getOrDefault("html", from.getOrDefault("text", main));
        out.attachments(body.attachments());

        Map<String, String> evidence = new LinkedHashMap<>();
        main.evidence().forEach((k, v) -> {
            if (!FIELDS.contains(k)) {
                evidence.put(k, v);
            }
        });
        for (String f : FIELDS) {
            Article pick = from.get(f);
            if (pick != null && pick.evidence().get(f) != null) {
                evidence.put(f, pick.evidence().get(f));
            }
        }
        out.evidence(evidence);

        Map<String, Sighting> all = new LinkedHashMap<>();
        for (Sighting s : sa) {
            all.putIfAbsent(s.id(), s);
        }
        for (Sighting s : sb) {
            all.putIfAbsent(s.id(), s);
        }
        List<Sighting> merged = new ArrayList<>();
        for (Sighting s : all.values()) {
            List<String> gave = new ArrayList<>();
            for (String f : FIELDS) {
                if (Objects.equals(chosen.get(f), s.id())) {
                    gave.add(f);
                }
            }
            merged.add(s.withGave(gave));
        }
        merged.sort(BY_DATE);
        if (a.kind() == Kind.ARTICLE || b.kind() == Kind.ARTICLE) {
            out.kind(Kind.ARTICLE);
        }
        return out.sightings(merged).id(primary.id()).articleKey(a.articleKey() != null ? a.articleKey() : b.articleKey())
                .build();
    }

    /**
     * True when merging {@code copy}, a fresh record (one message), into a stored article would change
     * nothing but the article's list of sightings: the copy is less trusted than the article's primary
     * sighting and than the giver of each field the copy has. {@link #merge} then gives the stored article
     * with the copy's sighting added, giving nothing ({@link #withSighting}), so an archive can keep the
     * sighting without reading or rewriting the article. The stored article must come from a merge (two
     * sightings or more), whose evidence is in merge order.
     *
     * @param primary the stored article's most trusted sighting: the one whose id is the article's
     * @param givers  the stored article's sightings that gave a field (the primary may be among them)
     */
    public static boolean addsOnlyASighting(Sighting primary, List<Sighting> givers, Article copy) {
        if (!copy.sightings().isEmpty()) {
            return false;
        }
        Sighting own = of(copy).get(0);
        if (BY_TRUST.compare(primary, own) > 0) {
            return false;
        }
        for (String f : own.gave()) {
            Sighting giver = null;
            for (Sighting g : givers) {
                if (g.gave().contains(f)) {
                    giver = g;
                }
            }
            if (giver == null || BY_TRUST.compare(giver, own) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The copy's sighting as {@link #merge} keeps it when it gives no field: see {@link #addsOnlyASighting}. */
    public static Sighting sightingGivingNothing(Article copy) {
        return of(copy).get(0).withGave(List.of());
    }

    /** The article with one more sighting, the list in date order as {@link #merge} leaves it (what an archive reads back). */
    static Article withSighting(Article stored, Sighting sighting) {
        List<Sighting> all = new ArrayList<>(of(stored));
        all.add(sighting);
        return stored.toBuilder().sightings(inDateOrder(all)).build();
    }

    /** Sightings by date, then id: the order of an article's {@code sightings}. */
    public static List<Sighting> inDateOrder(List<Sighting> sightings) {
        List<Sighting> sorted = new ArrayList<>(sightings);
        sorted.sort(BY_DATE);
        return sorted;
    }

    private static Sighting best(List<Sighting> list) {
        Sighting best = null;
        for (Sighting s : list) {
            if (best == null || BY_TRUST.compare(s, best) < 0) {
                best = s;
            }
        }
        return best;
    }

    private static Sighting giver(List<Sighting> list, String field) {
        for (Sighting s : list) {
            if (s.gave().contains(field)) {
                return s;
            }
        }
        return best(list);
    }

    static String get(Article a, String field) {
        return switch (field) {
            case "title" -> a.title();
            case "url" -> a.url();
            case "published" -> a.published();
            case "date" -> a.date();
            case "site" -> a.site();
            case "author" -> a.author();
            case "text" -> a.text();
            case "html" -> a.html();
            case "note" -> a.note();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void set(Article.Builder b, String field, String v) {
        switch (field) {
            case "title" -> b.title(v);
            case "url" -> b.url(v);
            case "published" -> b.published(v);
            case "date" -> b.date(v);
            case "site" -> b.site(v);
            case "author" -> b.author(v);
            case "text" -> b.text(v);
            case "html" -> b.html(v);
            case "note" -> b.note(v);
            default -> throw new IllegalArgumentException(field);
        }
    }
}
