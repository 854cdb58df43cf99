package dev.mailclip.forward;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one mail-client language writes a forward: header labels, separator phrases, and the date
 * conventions the date parser needs. Instances live in {@link ForwardVocabulary}.
 *
 * @param code       short tag, e.g. "de"
 * @param locale     the locale whose month and weekday names java.time supplies
 * @param labels     header label (as written, without the colon) to the field it names
 * @param separators phrases of separator lines and Apple-style "Begin forwarded message:" lines
 * @param wrote      the verb of an attribution line ("wrote", "schrieb")
 * @param forwardPrefixes the subject prefixes (without colon) this language's clients put on a forward
 * @param monthFirst true when an all-numeric date is month/day/year in this language
 */
record Language(String code, Locale locale, Map<String, HeaderField> labels, List<String> separators,
                List<String> wrote, List<String> forwardPrefixes, boolean monthFirst) {
    /**
     * Each language is one instance of {@link ForwardVocabulary#LANGUAGES}, no two alike (their codes differ), so
     * identity is equality: a record's own equals and hashCode would walk its label table and lists at every
     * lookup in a map or set of languages (the header parser's votes, the date parser's candidates).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
