package dev.mailclip.recover;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the recognisers found in one clip. Recognisers run in a fixed order of trust, so the first
 * claim on a field wins and later ones are ignored.
 */
public final class Findings {
    private final Map<Field, Claim> claims = new EnumMap<>(Field.class);
    private String text;
    private String html;
    private String note;
    private Verdict verdict = Verdict.mail("mail:no-clip");

    /** Claims a field unless an earlier recogniser did. Blank values are not claims. */
    public boolean claim(Field field, String value, String evidence) {
        if (value == null || value.isBlank() || claims.containsKey(field)) {
            return false;
        }
        claims.put(field, new Claim(value.strip(), evidence));
        return true;
    }

    /**
     * Claims a field, and says whether the record keeps this value: claimed now, or already by an
     * earlier recogniser. A recogniser takes a line out of the text only when it is kept.
     */
    public boolean keeps(Field field, String value, String evidence) {
        return claim(field, value, evidence) || value != null && value.strip().equals(value(field));
    }

    /** Replaces a claimed value with a cleaner form of itself (a title without the site's name). */
    public void revise(Field field, String value, String evidence) {
        if (claims.containsKey(field) && value != null && !value.isBlank()) {
            claims.put(field, new Claim(value.strip(), evidence));
        }
    }

    public boolean has(Field field) {
        return claims.containsKey(field);
    }

    public Optional<Claim> get(Field field) {
        return Optional.ofNullable(claims.get(field));
    }

    public String value(Field field) {
        Claim c = claims.get(field);
        return c == null ? null : c.value();
    }

    /** The claims in field order (title, url, published, site, author). */
    public Map<Field, Claim> claims() {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(claims));
    }

    /** Settles article or mail: only {@link Recovery}, once every recogniser has spoken. */
    void verdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    public boolean isArticle() {
        return verdict.article();
    }

    /** True when any claim's evidence starts with the prefix. */
    public boolean anyEvidence(String prefix) {
        for (Claim c : claims.values()) {
            if (c.evidence().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** True when the field's claim has evidence starting with the prefix. */
    public boolean evidence(Field field, String prefix) {
        Claim c = claims.get(field);
        return c != null && c.evidence().startsWith(prefix);
    }

    public void body(String text, String html) {
        this.text = text;
        this.html = html;
    }

    /** Ordinary mail: the whole text is the body, and no line of it is a note about a clip. */
    void keepWholeText(String text) {
        this.text = text;
        this.html = null;
        this.note = null;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public void note(String note) {
        if (this.note == null && note != null && !note.isBlank()) {
            this.note = note.strip();
        }
    }

    public String note() {
        return note;
    }
}
