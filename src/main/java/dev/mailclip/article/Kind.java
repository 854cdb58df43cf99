package dev.mailclip.article;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a record holds: a recovered article, or an ordinary message with no clip inside. */
public enum Kind {
    ARTICLE, MAIL;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
