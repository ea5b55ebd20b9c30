package io.github.broadsheet.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published: a date, optionally with a time of day, and optionally with an
 * offset from UTC, kept at the precision it was given in.
 *
 * <p>News sources give dates at every precision, and an archive must not invent what they did not
 * say: {@code 2022-04-12} stays a date, {@code 2022-04-12T10:35} a local time to the minute, and
 * {@code 2022-04-12T10:35:00+08:00} an offset time to the second. {@link #toString()} gives back
 * exactly the ISO 8601 text {@link #parse(CharSequence)} read; fractions of a second are written
 * without trailing zeros.
 *
 * @param date the calendar date, in the years 0000 to 9999
 * @param time the time of day, if given
 * @param offset the offset from UTC in whole minutes, if given; only together with a time
 * @param precision how precisely the time was given; {@link Precision#DAY} exactly when there is no time
 */
public record PublicationDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset, Precision precision) {

    /** How precisely a publication time was given. */
    public enum Precision {
        /** A date without a time. */
        DAY,
        /** Hours and minutes: {@code 10:35}. */
        MINUTE,
        /** Hours, minutes and seconds: {@code 10:35:00}. */
        SECOND,
        /** With a fraction of a second: {@code 10:35:00.25}. */
        FRACTION
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})?)?");

    /** Checks that the components agree with each other and with the precision. */
    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(precision, "precision");
        if (time.isEmpty() != (precision == Precision.DAY)) {
            throw new IllegalArgumentException("precision " + precision + " does not match "
                    + (time.isEmpty() ? "a date without a time" : "a date with a time"));
        }
        if (offset.isPresent() && time.isEmpty()) {
            throw new IllegalArgumentException("an offset needs a time of day");
        }
        // What toString() writes, parse() must read back: four-digit years, offsets in whole minutes.
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException("year must be from 0000 to 9999, was " + date.getYear());
        }
        offset.ifPresent(o -> {
            if (o.getTotalSeconds() % 60 != 0) {
                throw new IllegalArgumentException("offset must be in whole minutes, was " + o.getId());
            }
        });
        time.ifPresent(t -> {
            boolean fits = switch (precision) {
                case DAY -> false;
                case MINUTE -> t.getSecond() == 0 && t.getNano() == 0;
                case SECOND -> t.getNano() == 0;
                case FRACTION -> t.getNano() != 0;
            };
            if (!fits) {
                throw new IllegalArgumentException("time " + t + " does not fit precision " + precision);
            }
        });
    }

    /** {@return a date without a time} @param date the date */
    public static PublicationDate of(LocalDate date) {
        return new PublicationDate(date, Optional.empty(), Optional.empty(), Precision.DAY);
    }

    /**
     * {@return a local date and time, at the coarsest precision that keeps it exact}
     *
     * @param dateTime the date and time
     */
    public static PublicationDate of(LocalDateTime dateTime) {
        LocalTime time = dateTime.toLocalTime();
        return new PublicationDate(dateTime.toLocalDate(), Optional.of(time), Optional.empty(), precisionOf(time));
    }

    /**
     * {@return a date and time with an offset, at the coarsest precision that keeps it exact}
     *
     * @param dateTime the date, time and offset
     */
    public static PublicationDate of(OffsetDateTime dateTime) {
        LocalTime time = dateTime.toLocalTime();
        return new PublicationDate(dateTime.toLocalDate(), Optional.of(time), Optional.of(dateTime.getOffset()),
                precisionOf(time));
    }

    /**
     * Reads an ISO 8601 date or date-time: {@code yyyy-MM-dd}, optionally followed by
     * {@code THH:mm}, {@code THH:mm:ss} or {@code THH:mm:ss.fraction}, optionally followed by
     * {@code Z} or an offset {@code +HH:MM}.
     *
     * @param text the text to read
     * @return the publication date, at the precision the text gives
     * @throws IllegalArgumentException if the text is not such a date or names a day or time that
     *     does not exist; the message quotes the text
     */
    public static PublicationDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO 8601 date (yyyy-MM-dd, optionally with THH:mm[:ss] and an offset): \""
                    + text + "\"");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return of(date);
            }
            int nanos = 0;
            Precision precision = Precision.MINUTE;
            if (m.group(6) != null) {
                precision = Precision.SECOND;
            }
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
                precision = nanos == 0 ? Precision.SECOND : Precision.FRACTION;
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            Optional<ZoneOffset> offset = Optional.ofNullable(m.group(8)).map(ZoneOffset::of);
            return new PublicationDate(date, Optional.of(time), offset, precision);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date or time: \"" + text + "\" (" + e.getMessage() + ")", e);
        }
    }

    /** {@return the date and time with its offset, if the time and offset are both given} */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        if (time.isEmpty() || offset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OffsetDateTime.of(date, time.get(), offset.get()));
    }

    /** {@return the date and time, if a time is given, ignoring any offset} */
    public Optional<LocalDateTime> toLocalDateTime() {
        return time.map(date::atTime);
    }

    /** {@return the ISO 8601 text of this date, at its precision} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(25).append(date);
        time.ifPresent(t -> {
            out.append('T');
            two(out, t.getHour()).append(':');
            two(out, t.getMinute());
            if (precision != Precision.MINUTE) {
                two(out.append(':'), t.getSecond());
            }
            if (precision == Precision.FRACTION) {
                String nanos = String.format("%09d", t.getNano());
                int end = nanos.length();
                while (nanos.charAt(end - 1) == '0') {
                    end--;
                }
                out.append('.').append(nanos, 0, end);
            }
        });
        offset.ifPresent(o -> out.append(o.getId()));
        return out.toString();
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static Precision precisionOf(LocalTime time) {
        if (time.getNano() != 0) {
            return Precision.FRACTION;
        }
        return time.getSecond() == 0 ? Precision.MINUTE : Precision.SECOND;
    }
}
