package io.github.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2022-04-12", "2022-04-12T10:35", "2022-04-12T10:35:00", "2022-04-12T10:35:00+08:00",
        "2022-04-12T10:35+08:00", "2022-04-12T23:59:59Z", "2022-04-12T10:35:07.25-05:30", "1999-12-31T00:00:00.000000001Z"
    })
    void comesBackExactlyAsGiven(String iso) {
        assertThat(PublicationDate.parse(iso).toString()).isEqualTo(iso);
    }

    @Test
    void keepsThePrecisionItWasGiven() {
        assertThat(PublicationDate.parse("2022-04-12").precision()).isEqualTo(PublicationDate.Precision.DAY);
        assertThat(PublicationDate.parse("2022-04-12T10:35").precision()).isEqualTo(PublicationDate.Precision.MINUTE);
        assertThat(PublicationDate.parse("2022-04-12T10:35:00").precision()).isEqualTo(PublicationDate.Precision.SECOND);
        assertThat(PublicationDate.parse("2022-04-12T10:35:00+08:00").offset()).contains(ZoneOffset.ofHours(8));
    }

    @Test
    void choosesTheCoarsestExactPrecisionForJavaTimeValues() {
        assertThat(PublicationDate.of(LocalDate.of(2022, 4, 12))).hasToString("2022-04-12");
        assertThat(PublicationDate.of(LocalDateTime.of(2022, 4, 12, 10, 35))).hasToString("2022-04-12T10:35");
        assertThat(PublicationDate.of(LocalDateTime.of(2022, 4, 12, 10, 35, 9))).hasToString("2022-04-12T10:35:09");
    }

    @Test
    void writesFractionsWithoutTrailingZeros() {
        assertThat(PublicationDate.parse("2022-04-12T10:35:00.500").toString()).isEqualTo("2022-04-12T10:35:00.5");
        assertThat(PublicationDate.parse("2022-04-12T10:35:00.000").toString()).isEqualTo("2022-04-12T10:35:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2022-4-12", "12/04/2022", "2022-04-12T25:00", "2022-04-12T10:35+8", "", "2022-04-12 10:35"})
    void rejectsWhatIsNotAnIsoDate(String text) {
        assertThatThrownBy(() -> PublicationDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void rejectsComponentsThatDisagree() {
        assertThatThrownBy(() -> new PublicationDate(LocalDate.of(2022, 4, 12), java.util.Optional.empty(),
                java.util.Optional.of(ZoneOffset.UTC), PublicationDate.Precision.DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset needs a time");
        assertThatThrownBy(() -> new PublicationDate(LocalDate.of(2022, 4, 12),
                java.util.Optional.of(java.time.LocalTime.of(10, 35, 12)), java.util.Optional.empty(),
                PublicationDate.Precision.MINUTE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit precision MINUTE");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10000, 275760})
    void rejectsYearsThatFourDigitsCannotHold(int year) {
        // toString() would write "+10000-01-01" or "-0001-01-01", which parse() cannot read back.
        assertThatThrownBy(() -> PublicationDate.of(LocalDate.of(year, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be from 0000 to 9999, was " + year);
    }

    @Test
    void acceptsTheFirstAndLastFourDigitYears() {
        assertThat(PublicationDate.of(LocalDate.of(0, 1, 1))).hasToString("0000-01-01");
        assertThat(PublicationDate.parse("9999-12-31T23:59Z")).hasToString("9999-12-31T23:59Z");
    }

    @Test
    void rejectsOffsetsWithSeconds() {
        // "+01:00:01" is a ZoneOffset id but not an ISO 8601 offset that parse() reads.
        OffsetDateTime time = OffsetDateTime.of(2022, 4, 12, 10, 35, 0, 0, ZoneOffset.ofTotalSeconds(3601));
        assertThatThrownBy(() -> PublicationDate.of(time))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be in whole minutes, was +01:00:01");
    }
}
