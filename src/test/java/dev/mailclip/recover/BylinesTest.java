package dev.mailclip.recover;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BylinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "By Sarah Schwartz|Sarah Schwartz",
            "Oleh: Budi Santoso|Budi Santoso",
            "Του Γιώργου Παπαδόπουλου|Γιώργου Παπαδόπουλου",
            "de Mihai Ionescu|Mihai Ionescu",
            "Yazar: Ayşe Yılmaz|Ayşe Yılmaz",
            "oprac. Tomasz Wiśniewski|Tomasz Wiśniewski",
            "Tác giả: Nguyễn Văn Hùng|Nguyễn Văn Hùng",
            "מאת: יוסי מזרחי|יוסי מזרחי",
            "بقلم محمد علي|محمد علي",
            "De Telegraaf|De Telegraaf",
            "Per Svensson|Per Svensson",
            "Text der Rede|Text der Rede",
            "Helena Horton Environment reporter|Helena Horton",
            "Jon Henley Europe correspondent|Jon Henley",
            "Peter Walker Senior political correspondent|Peter Walker",
            "By Jane Doe, Staff Writer|Jane Doe, Staff Writer",
            "Jane Doe Staff Writer|Jane Doe",
            // no role after a name: left as it is
            "Mary Editor|Mary Editor",
            "The Science Desk Daily reporter|The Science Desk Daily reporter",
            "Anna Karenina|Anna Karenina",
            "김민수 기자|김민수",
            "王晓雯 记者|王晓雯",
            // a Chinese byline's word before the name, and where it was filed from after it
            "記者林志豪／台北報導|林志豪",
            "新京报记者 张晓|张晓",
            "本报记者 李娜 北京报道|李娜",
            "文／王明|王明",
            "記者林志豪報導|林志豪",
            "Автор: Анна Смирнова|Анна Смирнова",
            "Author: Jane Doe|Jane Doe",
    })
    void aNewsroomRoleAfterTheNameGoes(String line, String name) {
        assertEquals(name, Bylines.clean(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NHK NEWS WEB|true", "日本経済新聞|true", "연합뉴스|true", "Harbour Daily|true",
            "Jane Doe|false", "김민수|false", "林志豪|false",
    })
    void aNewsroomIsNoPerson(String name, boolean newsroom) {
        assertEquals(newsroom, Bylines.isNewsroom(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a date reads with any word before it (a weekday's place): the name keeps its last word
            "By Jane Doe, March 3, 2024|Jane Doe",
            "By Maja Berg, 3 March 2024|Maja Berg",
            "By Jane Doe, Tuesday, March 3, 2024|Jane Doe",
            "By Maja Berg on 3 March 2024|Maja Berg",
            "Par Jean Dupont, le 3 mars 2024|Jean Dupont",
            "Von Max Muster am 3. März 2024|Max Muster",
    })
    void aNameBeforeADateKeepsItsLastWord(String line, String name) {
        Bylines.NameAndDate split = Bylines.splitDate(line, java.time.LocalDate.of(2025, 5, 14));
        assertEquals(name, split.name());
        assertEquals("2024-03-03", split.date().iso());
    }
}
