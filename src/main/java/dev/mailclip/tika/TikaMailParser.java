package dev.mailclip.tika;

import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's own RFC822Parser, when the host has it (tika-parser-mail-module). Looked up by name, never
 * linked: the plugin jar carries no Tika classes and must load in a host without the mail module.
 */
final class TikaMailParser {
    static final String CLASS_NAME = "org.apache.tika.parser.mail.RFC822Parser";

    private TikaMailParser() {
    }

    /**
     * The host's own configured RFC822Parser (as its tika-config set it up) when the context's
     * parser holds one, else a fresh one, else null when the host has none.
     */
    static Parser find(ParseContext context) {
        Class<?> type = type();
        if (type == null) {
            return null;
        }
        try {
            Parser existing = EmbeddedDocumentUtil.tryToFindExistingLeafParser(type, context);
            if (existing != null) {
                return existing;
            }
        } catch (RuntimeException e) {
            // an unusual host parser tree: a fresh instance will do
        }
        try {
            return (Parser) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null;
        }
    }

    private static Class<?> type() {
        for (ClassLoader loader : new ClassLoader[]{TikaMailParser.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                Class<?> type = Class.forName(CLASS_NAME, true, loader);
                if (Parser.class.isAssignableFrom(type)) {
                    return type;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this loader: try the next, then do without
            }
        }
        return null;
    }
}
