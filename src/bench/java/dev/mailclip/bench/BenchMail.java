package dev.mailclip.bench;

import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;
import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.recover.ClipContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the stages that time the extraction warm (PhaseStage, the html-only stage) share: the mail held in memory. */
public final class BenchMail {
    private BenchMail() {
    }

    /** Every message of an mbox, as its bytes. */
    public static List<byte[]> messages(Path mbox) throws IOException {
        List<byte[]> messages = new ArrayList<>();
        try (MboxSource source = MboxSource.open(mbox, false)) {
            for (RawMessage raw; (raw = source.next()) != null; ) {
                messages.add(raw.bytes());
            }
        }
        return messages;
    }

    /** The message parsed, or null when the importer would quarantine it. */
    public static ParsedMail parse(MailParser parser, byte[] bytes) {
        try {
            return parser.parse(bytes);
        } catch (Exception e) {
            return null;
        }
    }

    /** The recovery's context that the facade gives a message's own body when it holds no forward. */
    public static ClipContext bodyContext(ParsedMail mail) {
        return new ClipContext(mail.envelope().date() == null ? null : mail.envelope().date().toLocalDate(),
                mail.envelope().subject(), mail.signals(), ClipContext.Source.MESSAGE_BODY,
                Collections.singletonList(mail.envelope().from()));
    }
}
