package dev.mailclip.tika;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StreamProviderLookupTest {
    @Test
    void jakartaMailFindsTheSameProvidersThroughIt() throws Exception {
        ClassLoader own = StreamProviderLookupTest.class.getClassLoader();
        List<Class<?>> expected = providers(own);
        assertEquals(false, expected.isEmpty(), "a stream provider on the test class path");
        List<Class<?>> actual = StreamProviderLookup.during(() -> {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            assertNotSame(own, context);
            return providers(context);
        });
        assertEquals(expected, actual);
    }

    @Test
    void theHostsLoaderIsPutBackAfterTheWorkAndAfterAFailure() {
        Thread thread = Thread.currentThread();
        ClassLoader host = thread.getContextClassLoader();
        assertThrows(IllegalStateException.class, () -> StreamProviderLookup.during(() -> {
            throw new IllegalStateException("broken message");
        }));
        assertSame(host, thread.getContextClassLoader());
    }

    private static List<Class<?>> providers(ClassLoader loader) {
        return ServiceLoader.load(StreamProvider.class, loader).stream().<Class<?>>map(ServiceLoader.Provider::type).toList();
    }
}
