package dev.mailclip.security;

import dev.mailclip.sink.TestArticles;
import dev.mailclip.sink.sqlite.ArchiveSearch;
import dev.mailclip.sink.sqlite.SqliteSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any query text gives hits or none, never an SQL or FTS5 syntax error, and cannot reach other tables. */
class SearchQueryTest {
    @TempDir
    Path tmp;

    static final List<String> QUERIES = List.of("\"", "\"\"", "\"unclosed phrase", "NEAR(", "NEAR(a b", "NEAR/2",
            "*", "a*", "*a", "AND OR", "AND", "OR NOT", "NOT", "(", ")", "()", "{a}", "^", "-", "+", ":", "title:",
            "title:ghost", "col:x", "'", "';", "'; DROP TABLE articles; --", "\" OR 1=1 --", "%", "_", "\\", "\u0000",
            "a\u0000b", "🙂", "\ud800", "   ", "", "x".repeat(10_000), "ghost ".repeat(2000), "\"ghost\" AND \"owl\"",
            "ghost NEAR owl", "gho*", "GHOST", "Ghösts");

    @Test
    void everyQueryGivesResultsOrNothing() throws Exception {
        Path db = tmp.resolve("a.db");
        SqliteSink sink = new SqliteSink(db.toString());
        sink.accept(TestArticles.article(1, "The ghost of the owl", "A ghost and an owl met near the barn."));
        sink.accept(TestArticles.article(2, "AND OR NOT", "Operators as words: NEAR and star * and quotes \" here."));
        sink.close();
        try (ArchiveSearch search = new ArchiveSearch(db.toString())) {
            for (String q : QUERIES) {
                search.search(q, 10); // throws SinkException on any SQL error
            }
            assertEquals(1, search.search("ghost", 10).size());
            assertEquals(1, search.search("\"ghost\" AND \"owl\"", 10).size());
            assertEquals(1, search.search("AND OR", 10).size(), "operators are searched as words");
            assertTrue(search.search("'; DROP TABLE articles; --", 10).isEmpty());
            assertFalse(search.search("ghost", 10).isEmpty(), "the table is still there");
        }
    }
}
