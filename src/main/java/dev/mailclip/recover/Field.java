package dev.mailclip.recover;

import java.util.Locale;

/** The article fields that recognisers claim, each with the evidence of where it was found. */
public enum Field {
    TITLE, URL, PUBLISHED, SITE, AUTHOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
