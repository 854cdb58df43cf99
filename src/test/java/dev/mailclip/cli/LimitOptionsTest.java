package dev.mailclip.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LimitOptionsTest {
    @Test
    void parsesSizesAndDurationsAsPeopleWriteThem() {
        assertEquals(64L << 20, LimitOptions.parseBytes("64MB"));
        assertEquals(512L << 10, LimitOptions.parseBytes("512k"));
        assertEquals(1536L << 20, LimitOptions.parseBytes("1.5 GiB"));
        assertEquals(1000, LimitOptions.parseBytes("1000"));
        assertThrows(IllegalArgumentException.class, () -> LimitOptions.parseBytes("lots"));
        assertThrows(IllegalArgumentException.class, () -> LimitOptions.parseBytes("0"));
        assertEquals(Duration.ofSeconds(30), LimitOptions.parseDuration("30s"));
        assertEquals(Duration.ofMillis(500), LimitOptions.parseDuration("500ms"));
        assertEquals(Duration.ofMinutes(2), LimitOptions.parseDuration("2m"));
        assertThrows(IllegalArgumentException.class, () -> LimitOptions.parseDuration("soon"));
    }

    @Test
    void optionsNotGivenKeepTheirDefaults() {
        LimitOptions o = new LimitOptions();
        assertEquals(dev.mailclip.Limits.DEFAULTS, o.limits());
        o.maxParts = 7;
        o.timeout = Duration.ofSeconds(2);
        assertEquals(dev.mailclip.Limits.builder().maxParts(7).timeout(Duration.ofSeconds(2)).build(), o.limits());
    }
}
