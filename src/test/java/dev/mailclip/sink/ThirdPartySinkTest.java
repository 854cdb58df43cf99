package dev.mailclip.sink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThirdPartySinkTest {
    @Test
    void aSinkOnTheClasspathIsFoundByItsScheme() throws Exception {
        assertTrue(Sinks.schemes().containsAll(java.util.List.of("sqlite", "jsonl", "markdown", "memory")), Sinks.schemes().toString());
        Sink s = Sinks.open("memory:third-party");
        assertInstanceOf(MemorySinkProvider.MemorySink.class, s);
        s.accept(TestArticles.article(1, "t", "x"));
        assertEquals(1, MemorySinkProvider.OPENED.get("third-party").records.size());
    }
}
