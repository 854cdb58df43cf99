package dev.mailclip.recover;

import dev.mailclip.security.LinearRegexTest;
import dev.mailclip.security.LinearRegexTest.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

/** The recognisers' regex helpers on {@link LinearRegexTest}'s backtracking shapes: linear, within its bound. */
class HelpersLinearTest {
    static final LocalDate DAY = LinearRegexTest.DAY;

    static {
        // the month and weekday tables of every language are built once, at first use: not the input's work
        DateReader.readLine("6 March 2024", DAY);
    }

    static Stream<Shape> shapes() {
        return LinearRegexTest.shapes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void helpersAreLinear(Shape shape) {
        String text = shape.text();
        LinearRegexTest.bounded(shape + ": helpers", () -> {
            DateReader.readLine(text, DAY);
            DateReader.readStart(text, DAY);
            DateReader.readIso(text, DAY);
            Titles.looksLikeTitle(text);
            Titles.withoutSiteName(text, "example.com", text.substring(0, 1000));
            Titles.fromSubject(text);
            Bylines.splitDate(text, DAY);
            Bylines.looksLikePerson(text);
            Bylines.clean(text);
            Hosts.of(text);
            Hosts.isBareHost(text);
            Hosts.isUrl(text);
            Hosts.nameMatches(text, "example.com");
            UrlCleaner.clean(text);
            ReadingTime.is(text);
            HtmlText.tidy(text);
        });
    }
}
