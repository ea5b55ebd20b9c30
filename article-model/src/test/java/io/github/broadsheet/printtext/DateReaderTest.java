package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {

    private static String read(String text, boolean dayFirst) {
        DateReader.Outcome outcome = DateReader.read(text, dayFirst);
        assertThat(outcome).as(text).isInstanceOf(DateReader.Read.class);
        return ((DateReader.Read) outcome).date().toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "4/12/2022                  | 2022-04-12",
        "04/02/2022                 | 2022-04-02",
        "4-12-2022                  | 2022-04-12",
        "4/12/2022 10:35            | 2022-04-12T10:35",
        "4/12/2022 10:35:07         | 2022-04-12T10:35:07",
        "2022-04-12                 | 2022-04-12",
        "2022-04-12 10:35           | 2022-04-12T10:35",
        "2022-04-12T10:35:00        | 2022-04-12T10:35:00",
        "2022/04/12                 | 2022-04-12",
        "2022/04/12 08:05           | 2022-04-12T08:05",
        "2022-4-2                   | 2022-04-02",
        "2022-4-2 9:05:30           | 2022-04-02T09:05:30",
        "2022.04.12                 | 2022-04-12",
        "April 12, 2022             | 2022-04-12",
        "April 12 2022              | 2022-04-12",
        "Apr. 12, 2022              | 2022-04-12",
        "Sept 9, 2022               | 2022-09-09",
        "April 1st, 2022            | 2022-04-01",
        "april 12, 2022 10:35       | 2022-04-12T10:35",
        "April 12, 2022, 10:35:59   | 2022-04-12T10:35:59",
        "April 12, 2022 at 10:35 pm | 2022-04-12T22:35",
        "April 12, 2022 12:05 a.m.  | 2022-04-12T00:05",
        "12 April 2022              | 2022-04-12",
        "12 Apr 2022                | 2022-04-12",
        "12th of April, 2022        | 2022-04-12",
        "12 April 2022 10:35        | 2022-04-12T10:35",
        "Tuesday, April 12, 2022    | 2022-04-12",
        "Tue 12 April 2022          | 2022-04-12",
        "2022年4月12日               | 2022-04-12",
        "2022年04月12日 10:35        | 2022-04-12T10:35",
        "2022-04-12 10:35 +08:00    | 2022-04-12T10:35+08:00",
        "2022-04-12 10:35 UTC       | 2022-04-12T10:35Z",
        "2022-04-12 10:35 GMT+8     | 2022-04-12T10:35+08:00",
        "2022-04-12 10:35:00Z       | 2022-04-12T10:35:00Z",
        "2024-02-29                 | 2024-02-29"})
    void readsEveryFormWithAndWithoutATime(String text, String iso) {
        assertThat(read(text, false)).isEqualTo(iso);
    }

    @Test
    void numericDatesAreMonthFirstByDefaultAndDayFirstWhenAsked() {
        assertThat(read("4/12/2022", false)).isEqualTo("2022-04-12");
        assertThat(read("4/12/2022", true)).isEqualTo("2022-12-04");
        assertThat(read("2022-04-12", true)).isEqualTo("2022-04-12");
        assertThat(read("April 12, 2022", true)).isEqualTo("2022-04-12");
    }

    @Test
    void saysHowAnAmbiguousDateWasRead() {
        assertThat(DateReader.read("4/12/2022", false)).isEqualTo(new DateReader.Read(
                io.github.broadsheet.model.PublicationDate.parse("2022-04-12"),
                "month first; day first it would be 2022-12-04", null));
        assertThat(((DateReader.Read) DateReader.read("4/4/2022", false)).note()).isNull();
        assertThat(((DateReader.Read) DateReader.read("4/13/2022", false)).note()).isNull();
    }

    @Test
    void takesTheOtherOrderWhenTheMonthCannotBeAMonth() {
        DateReader.Read monthFirst = (DateReader.Read) DateReader.read("13/4/2022", false);
        assertThat(monthFirst.date()).hasToString("2022-04-13");
        assertThat(monthFirst.warning()).isEqualTo("read day first because 13 is not a month");
        DateReader.Read dayFirst = (DateReader.Read) DateReader.read("4/13/2022", true);
        assertThat(dayFirst.date()).hasToString("2022-04-13");
        assertThat(dayFirst.warning()).isEqualTo("read month first because 13 is not a month");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4/31/2022", "2/29/2023", "13/13/2022", "2022-13-01", "2022-04-00", "April 31, 2022",
        "12/04/22", "someday soon", "2022-04-12 25:00", "2022-04-12 10:61", "2022-04-12 13:00 pm", "2022-04-12 Beijing time",
        "2022-04-12 10:35 EST", "2022-04-12 10:35 +19:00", "Tuesday", "April 2022", "2022"})
    void anythingElseIsUnreadable(String text) {
        assertThat(DateReader.read(text, false)).as(text).isInstanceOf(DateReader.Unreadable.class);
    }

    @Test
    void unreadableSaysWhy() {
        assertThat(DateReader.read("4/31/2022", false)).isEqualTo(new DateReader.Unreadable("April 2022 has no day 31"));
        assertThat(DateReader.read("2022-13-01", false)).isEqualTo(new DateReader.Unreadable("there is no month 13"));
        assertThat(DateReader.read("2022-04-12 25:00", false)).isEqualTo(new DateReader.Unreadable("there is no time 25:00"));
        assertThat(DateReader.read("x".repeat(65), false))
                .isEqualTo(new DateReader.Unreadable("longer than " + DateReader.MAX_DATE_LENGTH + " characters"));
    }

    /**
     * The reader tries a form only when the text starts with as many ASCII digits as the form
     * needs, and the weekday only when it does not start with a digit. Over every character of the
     * Basic Multilingual Plane put first on texts of each form (and of none), a form that would
     * match is never skipped.
     */
    @Test
    void skipsOnlyFormsThatCannotMatch() {
        List<String> rests = List.of("/3/2024", "9/3/2024", "3/2024", "022-04-12", "2022-04-12", "22-04-12",
                "0224年4月12日", "pril 12, 2022", "pril 12th 2022", " April 2022", "2 April 2022", "th of April, 2022",
                "uesday, 9/3/2024", "ue 12 April 2022", "un 12 April 2022", "", "x");
        int checked = 0;
        for (char c = 1; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            for (String rest : rests) {
                assertFormsAreTriedWhenTheyMatch(c + rest);
                checked++;
            }
        }
        for (String text : List.of("12th of April, 2022", "9/3/2024", "2022-04-12", "2022年4月12日", "April 12, 2022",
                "Tue 12 April 2022", "123 April 2022", "20221-04-12", "1/2/2022", "01/02/2022", "001/02/2022")) {
            assertFormsAreTriedWhenTheyMatch(text);
        }
        assertThat(checked).isGreaterThan(1_000_000);
    }

    private static void assertFormsAreTriedWhenTheyMatch(String text) {
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (matches(DateReader.WEEKDAY, text) && digits > 0
                || matches(DateReader.NUMERIC, text) && digits != 1 && digits != 2
                || matches(DateReader.YEAR_FIRST, text) && digits != 4
                || matches(DateReader.CJK, text) && digits != 4
                || matches(DateReader.MONTH_DAY, text) && digits != 0
                || matches(DateReader.DAY_MONTH, text) && digits != 1 && digits != 2) {
            throw new AssertionError("a form that matches " + text + " would be skipped");
        }
    }

    private static boolean matches(Pattern form, String text) {
        return form.matcher(text).lookingAt();
    }
}
