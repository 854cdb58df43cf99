package dev.mailclip.forward;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forward markup's quick test of an element's attributes ({@code HtmlForwards.FORWARD_EVALUATOR}) says what its
 * selectors say, on random elements of the clients' tags and attributes in any case.
 */
class ForwardMarkupTest {
    private static final List<String> TAGS = List.of("div", "table", "blockquote", "span", "p", "li", "font", "a");
    private static final List<String> ATTRIBUTES = List.of("id=\"divRplyFwdMsg\"", "id=\"x_divRplyFwdMsg\"",
            "ID=\"yahoo_quoted_123\"", "id=\"ydp_yahoo_quoted\"", "id=\"OLK_SRC_BODY_SECTION\"", "id=\"main\"",
            "class=\"gmail_attr\"", "class=\"gmail_quote extra\"", "CLASS=\"moz-forward-container\"",
            "class=\"moz-email-headers-table\"", "class=\"yahoo_quoted\"", "class=\"OutlookMessageHeader\"",
            "class=\"x\"", "type=\"cite\"", "TYPE=\"CITE\"", "type=\"text\"",
            "style=\"border:none;border-top:solid #E1E1E1 1.0pt\"", "STYLE=\"BORDER-TOP: 1px\"", "style=\"color:red\"",
            "width=\"100%\"", "href=\"https://example.com/\"", "face=\"Arial\"", "border-top=\"1\"", "data-id=\"divRplyFwdMsg\"");

    @Test
    void theQuickTestSaysWhatTheSelectorsSay() {
        Evaluator selectors = QueryParser.parse(HtmlForwards.FORWARD_MARKUP);
        Random random = new Random(3);
        int marked = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder("<").append(TAGS.get(random.nextInt(TAGS.size())));
            for (int n = random.nextInt(4); n > 0; n--) {
                html.append(' ').append(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size())));
            }
            html.append(">text");
            Document doc = Jsoup.parse(html.toString());
            Element element = doc.body().child(0);
            boolean expected = selectors.matches(doc.body(), element);
            assertEquals(expected, HtmlForwards.FORWARD_EVALUATOR.matches(doc.body(), element), html.toString());
            marked += expected ? 1 : 0;
        }
        assertTrue(marked > 2_000, "elements of forward markup: " + marked);
    }
}
