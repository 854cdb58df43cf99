package dev.mailclip.recover;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BylinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "By Sarah Schwartz|Sarah Schwartz",
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
    })
    void aNewsroomRoleAfterTheNameGoes(String line, String name) {
        assertEquals(name, Bylines.clean(line));
    }
}
