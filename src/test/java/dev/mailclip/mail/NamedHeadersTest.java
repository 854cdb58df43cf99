package dev.mailclip.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail signals' headers gathered in one pass give what a lookup of each name gives
 * ({@code getHeader(name, ", ")}, unfolded), on random header blocks: the names in any case, repeated, folded,
 * empty, among headers of other names of the same length.
 */
class NamedHeadersTest {
    private static final List<String> OTHERS = List.of("Received", "X-Spam-Status", "Reply-To", "Cc", "X-Mailer-Id",
            "List-Post", "X-RSS-Feed", "Message-ID", "Content-Type", "To-Do", "Frm");
    private static final List<String> VALUES = List.of("bulk", "list", "yes", "auto-replied", "Re: a story",
            "<https://example.net/u>", "Ann <ann@example.net>", "rss2email/3.14", "", "a,\r\n b", "x\r\n\ty");

    @Test
    void onePassGivesWhatEachLookupGives() throws Exception {
        NamedHeaders named = new NamedHeaders(MailSignals.HEADERS);
        Session session = Session.getInstance(new Properties());
        Random random = new Random(9);
        int present = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder block = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                String name = random.nextInt(3) == 0 ? OTHERS.get(random.nextInt(OTHERS.size()))
                        : MailSignals.HEADERS.get(random.nextInt(MailSignals.HEADERS.size()));
                name = switch (random.nextInt(3)) {
                    case 0 -> name.toLowerCase(Locale.ROOT);
                    case 1 -> name.toUpperCase(Locale.ROOT);
                    default -> name;
                };
                block.append(name).append(random.nextBoolean() ? ": " : ":")
                        .append(VALUES.get(random.nextInt(VALUES.size()))).append("\r\n");
            }
            block.append("\r\nbody\r\n");
            MimeMessage message = new MimeMessage(session,
                    new ByteArrayInputStream(block.toString().getBytes(StandardCharsets.ISO_8859_1)));
            MailSignals.Headers gathered = named.of(message);
            for (String name : MailSignals.HEADERS) {
                String one = message.getHeader(name, ", ");
                assertEquals(one == null ? null : MimeUtility.unfold(one), gathered.get(name), block::toString);
                present += one == null ? 0 : 1;
            }
        }
        assertTrue(present > 5_000, "headers present: " + present);
        MailSignals.Headers none = named.of(new MimeMessage(session));
        assertThrows(IllegalArgumentException.class, () -> none.get("Received"));
    }
}
