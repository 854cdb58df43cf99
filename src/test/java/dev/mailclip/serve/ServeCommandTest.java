package dev.mailclip.serve;

import dev.mailclip.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mailclip serve}'s failures: one line and an exit code, as the other commands give. */
class ServeCommandTest {

    @Test
    void anArchiveThatIsNotThereIsExitThree(@TempDir Path dir) {
        Cli.Run run = Cli.run("serve", "--sink", "sqlite:" + dir.resolve("none.db"), "--port", "0");
        assertEquals(3, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("mailclip serve: sqlite:"), run.err());
    }

    @Test
    void aPortInUseIsOneLine(@TempDir Path dir) throws Exception {
        Cli.Run made = Cli.run("import", "fixtures/mailbox/clips.mbox", "--sink", "sqlite:" + dir.resolve("a.db"), "-q");
        assertEquals(0, made.code(), made.err());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Run run = Cli.run("serve", "--sink", "sqlite:" + dir.resolve("a.db"), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.code(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains("in use"), run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsExitTwo() {
        Cli.Run run = Cli.run("serve", "--port", "70000");
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
    }
}
