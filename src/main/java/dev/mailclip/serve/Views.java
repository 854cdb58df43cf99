package dev.mailclip.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The jte templates of {@code src/main/jte}, compiled to classes at build time (jte-maven-plugin), so the jar
 * renders pages without a compiler. Output is HTML-escaped unless a template says {@code $unsafe}, which only
 * the cleaned article ({@link DisplayHtml}) and the report's own style sheet do.
 */
public final class Views {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "dev.mailclip.serve.templates");
    private static final String CSS = read("style.css");

    private Views() {
    }

    /** Renders {@code name}.jte with its one parameter. */
    public static String render(String name, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(name + ".jte", model, out);
        return out.toString();
    }

    /** The style sheet: served at {@link Routes#STYLE}, written into the report file. */
    public static String css() {
        return CSS;
    }

    private static String read(String resource) {
        try (InputStream in = Views.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
