package dev.mailclip.serve;

import dev.mailclip.sink.QuarantineEntry;

import java.util.List;

/** The quarantine page: every quarantined message with its reason and the link to its raw bytes. */
public record QuarantineView(List<QuarantineEntry> items) {
    public String raw(QuarantineEntry e) {
        return Routes.raw(e.id());
    }
}
