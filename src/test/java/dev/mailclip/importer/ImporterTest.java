package dev.mailclip.importer;

import dev.mailclip.Limits;
import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.mailbox.TestMessages;
import dev.mailclip.sink.MemorySinkProvider;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import dev.mailclip.sink.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {

    /** i%5: 0 article, 1 mail, 2 article with the key of message 0's article, 3 unreadable, 4 throws */
    static Article fake(RawMessage raw) throws UnreadableMessageException {
        int i = (int) raw.origin().index();
        switch (i % 5) {
            case 0: return TestArticles.article(i, "A " + i, "t").toBuilder().id("msgid:<" + i + "@t>").build();
            case 1: return TestArticles.mail(i).toBuilder().id(null).build();
            case 2: return TestArticles.article(i - 2, "dup", "t").toBuilder().id("msgid:<" + i + "@t>").build();
            case 3: throw new UnreadableMessageException("not a message: no header\nsecond line");
            default: throw new IllegalStateException("bug in a recogniser");
        }
    }

    @Test
    void everyMessageIsAccountedForAndASecondRunAddsNothing() throws Exception {
        MemorySinkProvider.MemorySink sink = (MemorySinkProvider.MemorySink) new MemorySinkProvider().open("importer-1");
        ImportResult r = new Importer(ImporterTest::fake, sink, 2).run(TestMessages.numbered(100), ImportListener.NONE);
        ImportCounts c = r.counts();
        assertEquals(100, c.messages());
        assertTrue(c.reconciles(), c.describe());
        assertEquals(20, c.mail());
        assertEquals(40, c.quarantined());
        assertEquals(40, c.articles() + c.duplicates());
        // message i%5==2 repeats the key of message i-2, stored just before; for i=2 there is no message 0
        assertEquals(19, c.duplicates());
        assertEquals(null, r.inputError());
        // mail records without an id get the message's identity
        assertTrue(sink.records.stream().allMatch(a -> a.id() != null));
        assertTrue(sink.records.stream().anyMatch(a -> "msgid:<2@t>".equals(a.id()) || "msgid:<1@t>".equals(a.id())));
        // reasons are one line; ids are message identities
        sink.quarantined.forEach(q -> assertTrue(!q.reason().contains("\n") && q.id().startsWith("msgid:<"), q.reason()));
        assertTrue(sink.quarantined.stream().anyMatch(q -> q.reason().contains("IllegalStateException: bug in a recogniser")));

        ImportCounts again = new Importer(ImporterTest::fake, sink, 2).run(TestMessages.numbered(100), ImportListener.NONE).counts();
        assertEquals(0, again.articles() + again.mail());
        assertTrue(again.reconciles());
        assertEquals(40, sink.quarantined.size(), "quarantined once");
    }

    /**
     * A re-import passes over every message its archive holds, as a record or as a sighting, without extracting
     * it: they count as duplicates, as the sink would have answered, and only what was quarantined is read again.
     * A first import into a new archive asks it nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite:archive.db", "jsonl:archive.jsonl", "markdown:md"})
    void aReimportPassesOverWhatTheArchiveHolds(String sink, @TempDir Path tmp)
            throws Exception {
        Mailclip mailclip = new Mailclip();
        AtomicInteger extracts = new AtomicInteger();
        AtomicInteger idsRead = new AtomicInteger();
        Extractor counting = new Extractor() {
            @Override
            public Article extract(RawMessage raw) throws UnreadableMessageException {
                extracts.incrementAndGet();
                return mailclip.extract(raw);
            }

            @Override
            public String recordId(RawMessage raw) {
                idsRead.incrementAndGet();
                return mailclip.recordId(raw);
            }
        };
        String uri = sink.substring(0, sink.indexOf(':') + 1) + tmp.resolve(sink.substring(sink.indexOf(':') + 1));
        ImportCounts first = importClips(counting, uri);
        assertEquals(first.messages(), extracts.getAndSet(0));
        assertTrue(first.sightings() > 0, first.describe());
        assertEquals(0, idsRead.get(), "a new archive holds nothing: no message's id is read to ask it");

        ImportCounts again = importClips(counting, uri);
        assertTrue(again.reconciles(), again.describe());
        assertEquals(first.messages(), again.messages());
        assertEquals(first.messages() - first.quarantined(), again.duplicates(), again.describe());
        assertEquals(first.quarantined(), again.quarantined());
        assertEquals(first.quarantined(), extracts.get(), "only the quarantined messages extracted again");
        assertEquals(first.messages(), idsRead.get());
    }

    private static ImportCounts importClips(Extractor extractor, String uri) throws Exception {
        try (Sink sink = Sinks.open(uri);
             MessageSource source = Sources.open(Path.of("fixtures/mailbox/clips.mbox"))) {
            return new Importer(extractor, sink, 2).run(source, ImportListener.NONE).counts();
        }
    }

    @Test
    void recordsAreWrittenInInputOrderWhateverTheThreads() throws Exception {
        MemorySinkProvider.MemorySink sink = (MemorySinkProvider.MemorySink) new MemorySinkProvider().open("importer-order");
        Extractor slowOdd = raw -> {
            int i = (int) raw.origin().index();
            if (i % 2 == 1) {
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return TestArticles.article(i, "t", "x");
        };
        new Importer(slowOdd, sink, 4).run(TestMessages.numbered(60), ImportListener.NONE);
        List<String> ids = sink.records.stream().map(Article::id).collect(Collectors.toList());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            expected.add("msgid:<m" + i + "@t>");
        }
        assertEquals(expected, ids);
    }

    /**
     * While the first message is slow, the other workers go on with the messages after it, far beyond one commit's
     * worth of a small window: 100 of them here, where 8 a worker let 15 pass.
     */
    @Test
    void aSlowMessageAtTheHeadOfTheLineDoesNotStopTheOthers() throws Exception {
        CountDownLatch others = new CountDownLatch(100);
        AtomicBoolean overtaken = new AtomicBoolean();
        Extractor firstSlow = raw -> {
            int i = (int) raw.origin().index();
            if (i == 1) {
                try {
                    overtaken.set(others.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                others.countDown();
            }
            return TestArticles.article(i, "t", "x");
        };
        MemorySinkProvider.MemorySink sink = new MemorySinkProvider.MemorySink();
        ImportResult r = new Importer(firstSlow, sink, 2).run(TestMessages.numbered(300), ImportListener.NONE);
        assertTrue(overtaken.get(), "100 messages extracted while the first one was");
        assertEquals(300, r.counts().messages());
        assertEquals("msgid:<m1@t>", sink.records.get(0).id());
    }

    @Test
    void anUnreadableInputStopsReadingButWhatWasReadIsStored() throws Exception {
        MemorySinkProvider.MemorySink sink = (MemorySinkProvider.MemorySink) new MemorySinkProvider().open("importer-fail");
        ImportResult r = new Importer(raw -> TestArticles.article((int) raw.origin().index(), "t", "x"), sink, 2)
                .run(TestMessages.numbered(100, 30), ImportListener.NONE);
        assertEquals(30, r.counts().messages());
        assertEquals(30, sink.records.size());
        assertNotNull(r.inputError());
        assertTrue(r.inputError().contains("box.mbox"));
    }

    @Test
    void aSinkFailureStopsTheRun() {
        MemorySinkProvider.MemorySink sink = (MemorySinkProvider.MemorySink) new MemorySinkProvider().open("importer-sink");
        sink.failing = true;
        SinkException e = assertThrows(SinkException.class, () ->
                new Importer(raw -> TestArticles.article((int) raw.origin().index(), "t", "x"), sink, 2)
                        .run(TestMessages.numbered(1000), ImportListener.NONE));
        assertTrue(e.getMessage().contains("disk full"));
    }

    @Test
    void identityOfQuarantinedMessages() {
        RawMessage withId = new RawMessage("Subject: a\r\nMessage-Id:\r\n <x@y>\r\n\r\nb".getBytes(StandardCharsets.US_ASCII),
                Origin.file("a.eml", null));
        assertEquals("msgid:<x@y>", Importer.identity(withId));
        RawMessage none = new RawMessage("Subject: a\n\nMessage-ID: <not@header>\n".getBytes(StandardCharsets.US_ASCII),
                Origin.file("a.eml", null));
        assertTrue(Importer.identity(none).startsWith("sha256:"));
        assertEquals(64 + 7, Importer.identity(none).length());
    }

    /** A sink that keeps attachment bytes gets them decoded by the extract workers, not by its writer. */
    @Test
    void attachmentBytesAreDecodedOnTheWorkersOnlyForSinksThatKeepThem() throws Exception {
        for (boolean keeps : new boolean[]{true, false}) {
            java.util.Set<String> decodedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Extractor withAttachment = raw -> TestArticles.article((int) raw.origin().index(), "t", "x").toBuilder()
                    .attachments(List.of(new dev.mailclip.article.Attachment("a.pdf", "application/pdf", null, false,
                            () -> {
                                decodedOn.add(Thread.currentThread().getName().replaceAll("\\d+$", ""));
                                return new byte[]{1, 2, 3};
                            })))
                    .build();
            MemorySinkProvider.MemorySink sink = new MemorySinkProvider.MemorySink() {
                @Override
                public boolean keepsAttachmentBytes() {
                    return keeps;
                }
            };
            new Importer(withAttachment, sink, 2).run(TestMessages.numbered(20), ImportListener.NONE);
            assertEquals(20, sink.records.size());
            assertEquals(keeps ? java.util.Set.of("mailclip-extract-") : java.util.Set.of(), decodedOn,
                    "keeps=" + keeps);
        }
    }

    /**
     * Messages of {@code sizes[i]} MB each, from "big.mbox"; before each read it notes how many bytes of the
     * messages read before are not yet written ({@code written}: their count), the most of which it keeps.
     */
    private static MessageSource sized(int[] sizes, AtomicInteger written, AtomicInteger mostInFlightMb,
                                       List<Integer> inFlightBeforeEach) {
        return new MessageSource() {
            int i;

            @Override
            public RawMessage next() {
                int inFlight = 0;
                for (int j = written.get(); j < i; j++) {
                    inFlight += sizes[j];
                }
                inFlightBeforeEach.add(inFlight);
                mostInFlightMb.accumulateAndGet(inFlight, Math::max);
                if (i >= sizes.length) {
                    return null;
                }
                byte[] b = new byte[sizes[i] << 20];
                byte[] head = ("Message-ID: <" + (i + 1) + "@t>\n\n").getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(head, 0, b, 0, head.length);
                i++;
                return new RawMessage(b, new Origin("big.mbox", i, null, List.of(), null, Origin.Format.MESSAGE));
            }

            @Override
            public void close() {
            }
        };
    }

    private static MemorySinkProvider.MemorySink counting(AtomicInteger written) {
        return new MemorySinkProvider.MemorySink() {
            @Override
            public Outcome accept(Article a) throws SinkException {
                Outcome o = super.accept(a);
                written.incrementAndGet();
                return o;
            }
        };
    }

    private static final Extractor SLOW = raw -> {
        try {
            Thread.sleep(5); // the reader runs ahead of the workers: the window fills
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TestArticles.article((int) raw.origin().index(), "t", "x");
    };

    /** The count alone would let 16 messages of 1 MB be in flight; the bytes keep it to the budget of 4 MB. */
    @Test
    void theBytesInFlightStayWithinTheBudget() throws Exception {
        int[] sizes = new int[60];
        Arrays.fill(sizes, 1);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ImportResult r = new Importer(SLOW, counting(written), 2, Limits.DEFAULTS, 4L << 20)
                .run(sized(sizes, written, most, new CopyOnWriteArrayList<>()), ImportListener.NONE);
        assertEquals(60, r.counts().messages());
        assertEquals(60, written.get());
        assertTrue(most.get() <= 4, "at most 4 MB in flight, not " + most.get());
        assertTrue(most.get() >= 2, "the window is used: " + most.get());
    }

    /** A message over the whole budget passes alone: nothing before it in flight, nothing read beside it. */
    @Test
    void aMessageOverTheBudgetPassesAlone() throws Exception {
        int[] sizes = {1, 1, 1, 10, 1, 1, 10, 10, 1};
        AtomicInteger written = new AtomicInteger();
        List<Integer> before = new CopyOnWriteArrayList<>();
        ImportResult r = new Importer(SLOW, counting(written), 2, Limits.DEFAULTS, 4L << 20)
                .run(sized(sizes, written, new AtomicInteger(), before), ImportListener.NONE);
        assertEquals(sizes.length, r.counts().messages());
        assertEquals(sizes.length, written.get());
        for (int i = 1; i < sizes.length; i++) {
            if (sizes[i - 1] == 10) {
                assertEquals(0, before.get(i), "read after message " + i + " was written: " + before);
            }
        }
    }

    /** An Error in the reader (a message the heap cannot hold) ends the input with a reason; it never hangs. */
    @Test
    void aReaderOutOfMemoryEndsTheInputWithAReason() {
        MessageSource source = new MessageSource() {
            final MessageSource five = TestMessages.numbered(5);
            int i;

            @Override
            public RawMessage next() throws IOException {
                if (i++ == 5) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return five.next();
            }

            @Override
            public void close() {
            }
        };
        AtomicInteger written = new AtomicInteger();
        ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new Importer(raw -> TestArticles.article((int) raw.origin().index(), "t", "x"), counting(written), 2)
                        .run(source, ImportListener.NONE));
        assertEquals(5, r.counts().messages());
        assertEquals(5, written.get());
        assertNotNull(r.inputError());
        assertTrue(r.inputError().startsWith("box.mbox: the message after the one at byte"), r.inputError());
        assertTrue(r.inputError().contains("more than the memory left can hold"), r.inputError());
    }
}
