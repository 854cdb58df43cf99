package dev.mailclip.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;

/** The JSON form of an {@link Article}: the public contract. Null fields are written as null, and so are empty strings. */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("no-empty-strings")
                    .addSerializer(String.class, new EmptyAsNull()))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleJson() {
    }

    /** The contract has no "": a value that is empty is absent, written as null. */
    private static final class EmptyAsNull extends com.fasterxml.jackson.databind.ser.std.StdSerializer<String> {
        EmptyAsNull() {
            super(String.class);
        }

        @Override
        public void serialize(String value, com.fasterxml.jackson.core.JsonGenerator gen,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
            if (value.isEmpty()) {
                gen.writeNull();
            } else {
                gen.writeString(value);
            }
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line, for JSON Lines. */
    public static String line(Article article) {
        return write(MAPPER, article);
    }

    /** Indented, for a person reading it. */
    public static String pretty(Article article) {
        return write(PRETTY, article);
    }

    public static Article read(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectMapper mapper, Article article) {
        try {
            return mapper.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
