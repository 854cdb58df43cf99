package dev.mailclip.recover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrlCleanerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Outlook SafeLinks
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.com%2Fnews%2Ftides%3Fid%3D7&data=05%7C02%7C&sdata=abc%3D&reserved=0"
                    + " | https://www.example.com/news/tides?id=7",
            "https://nam12.safelinks.protection.outlook.com/ap/w-59584e83/?url=https%3A%2F%2Fexample.org%2F&data=x"
                    + " | https://example.org/",
            // Google redirects
            "https://www.google.com/url?q=https://example.com/a%3Fb%3D1&sa=D&source=editors&ust=1&usg=AOv | https://example.com/a?b=1",
            "https://www.google.com/url?sa=t&rct=j&url=https%3A%2F%2Fexample.com%2Fpage&ved=2ah | https://example.com/page",
            "https://www.google.co.uk/url?q=https%3A%2F%2Fexample.co.uk%2Fx | https://example.co.uk/x",
            // Proofpoint URL Defense v2: - for %, _ for /
            "https://urldefense.proofpoint.com/v2/url?u=https-3A__www.example.com_path_page.html-3Fa-3D1-26utm-5Fsource-3Dnews&d=DwMFaQ&c=abc&r=def&m=ghi&s=jkl&e="
                    + " | https://www.example.com/path/page.html?a=1",
            // Proofpoint URL Defense v3: replaced characters in base64 after ';'
            "https://urldefense.com/v3/__https://example.com/a?b=1*c=2__;Jg!!ORG!hash$ | https://example.com/a?b=1&c=2",
            "https://urldefense.com/v3/__https://example.com/p*x=1**Ay__;IyYm!!ORG!hash$ | https://example.com/p#x=1&&y",
            // nested: SafeLinks around a Google redirect
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%253A%252F%252Fexample.com%252Fdeep%253Fk%253Dv%2526fbclid%253DIw%26sa%3DD&data=1"
                    + " | https://example.com/deep?k=v",
            // tracking parameters go, others stay in order
            "https://example.com/a?utm_source=x&id=3&utm_medium=email&fbclid=1&page=2&gclid=9#top | https://example.com/a?id=3&page=2#top",
            "https://example.com/a?mc_eid=1&mc_cid=2&_hsenc=3&_hsmi=4&mkt_tok=5&igshid=6&yclid=7&msclkid=8&dclid=9 | https://example.com/a",
            "https://example.com/a?UTM_Campaign=x&q=tides | https://example.com/a?q=tides",
            "https://example.com/plain/path | https://example.com/plain/path",
            // what a site's own share button adds, on that site only
            "https://medium.com/@ravi/boring-technology-4f2a9c1d7b3e?source=android_share | https://medium.com/@ravi/boring-technology-4f2a9c1d7b3e",
            "https://ravi.medium.com/boring-4f2a?sk=abc&source=friends_link | https://ravi.medium.com/boring-4f2a",
            "https://open.substack.com/pub/hannah/p/the-bus-lane?r=2kq7xb&utm_medium=ios | https://open.substack.com/pub/hannah/p/the-bus-lane",
            "https://x.com/nasa/status/1790?s=20&t=AbC | https://x.com/nasa/status/1790",
            "https://www.nytimes.com/2024/05/01/science/eclipse.html?smid=nytcore-ios-share&unlocked_article_code=1.x"
                    + " | https://www.nytimes.com/2024/05/01/science/eclipse.html?unlocked_article_code=1.x",
            "https://example.com/search?source=news&r=2&s=20&t=5 | https://example.com/search?source=news&r=2&s=20&t=5",
            "https://notmedium.com/a?source=x | https://notmedium.com/a?source=x",
    })
    void cleans(String dirty, String clean) {
        assertEquals(clean, UrlCleaner.clean(dirty));
    }

    @Test
    void leavesNonUrlsAlone() {
        assertNull(UrlCleaner.clean(null));
        assertEquals("", UrlCleaner.clean(""));
        assertEquals("not a url", UrlCleaner.clean("not a url"));
        assertEquals("mailto:a@b.c?utm_source=x", UrlCleaner.clean("mailto:a@b.c?utm_source=x"));
        assertEquals("example.com/?utm_source=x", UrlCleaner.clean("example.com/?utm_source=x"));
    }

    @Test
    void keepsAWrapperWhoseTargetIsNoUrl() {
        String odd = "https://www.google.com/url?q=javascript%3Aalert(1)";
        assertEquals(odd, UrlCleaner.clean(odd));
    }
}
