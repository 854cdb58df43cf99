package dev.mailclip.forward;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Jane Doe <jane@example.com>|Jane Doe <jane@example.com>",
            "\"Jane Doe\" <jane@example.com>|Jane Doe <jane@example.com>",
            "*Jane Doe* <jane@example.com>|Jane Doe <jane@example.com>",
            "Jane Doe [mailto:jane@example.com]|Jane Doe <jane@example.com>",
            "jane@example.com <jane@example.com>|jane@example.com",
            // a header copied raw into the forward, encoded words and all
            "=?utf-8?B?U8O4cmVuIE5pZWxzZW4=?= <soren@example.dk>|Søren Nielsen <soren@example.dk>",
            "=?utf-8?Q?Ren=C3=A9e?= <renee@example.fr>|Renée <renee@example.fr>",
            // not encoded words: left as they are
            "=?broken <a@example.com>|=?broken <a@example.com>",
            // QQ Mail and Naver end a list of one with its separator
            "\"王磊\"<wanglei@example.cn>;|王磊 <wanglei@example.cn>",
    })
    void tidiesAForwardsAddress(String value, String tidy) {
        assertEquals(tidy, Addresses.tidy(value));
    }
}
