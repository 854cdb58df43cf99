package dev.mailclip.sink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinksTest {
    @Test
    void aProviderWhoseClassIsMissingDoesNotHideTheOthers() {
        // src/test/resources lists a provider class that does not exist
        assertTrue(Sinks.schemes().containsAll(java.util.List.of("sqlite", "jsonl", "markdown", "memory")),
                Sinks.schemes().toString());
    }

    @Test
    void anUnknownSchemeOrAMalformedUriIsOneClearLine() {
        SinkException unknown = assertThrows(SinkException.class, () -> Sinks.open("nosuch:x"));
        assertTrue(unknown.getMessage().startsWith("no sink for scheme 'nosuch'"), unknown.getMessage());
        SinkException malformed = assertThrows(SinkException.class, () -> Sinks.open("archive.db"));
        assertTrue(malformed.getMessage().contains("scheme:target"), malformed.getMessage());
    }
}
