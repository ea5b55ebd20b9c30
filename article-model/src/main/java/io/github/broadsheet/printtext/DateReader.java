package io.github.broadsheet.printtext;

import io.github.broadsheet.model.PublicationDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates print views show. The forms, each optionally after a weekday
 * ({@code Tuesday, }) and optionally followed by a time:
 * <ul>
 *   <li>{@code M/d/yyyy}, also with {@code -} or {@code .}: month first, or day first when asked;
 *       when the first number cannot be a month (13 and up) the other order is taken, with a warning</li>
 *   <li>{@code yyyy-MM-dd}, {@code yyyy-M-d}, {@code yyyy/MM/dd}, {@code yyyy.MM.dd}</li>
 *   <li>{@code April 12, 2022}, {@code Apr. 12 2022}, {@code April 12th, 2022}</li>
 *   <li>{@code 12 April 2022}, {@code 12th of April, 2022}</li>
 *   <li>{@code 2022年4月12日}</li>
 * </ul>
 * The time is {@code HH:mm} or {@code HH:mm:ss} after a space, a comma, {@code T} or {@code at},
 * optionally with {@code am}/{@code pm} and an offset ({@code Z}, {@code UTC}, {@code GMT},
 * {@code +08:00}, {@code UTC+8}). Months are English. Regular expressions run only on text of at
 * most {@link #MAX_DATE_LENGTH} characters, so nothing here can take long.
 */
final class DateReader {

    /** The longest text read as a date: {@value} characters; anything longer is unreadable. */
    static final int MAX_DATE_LENGTH = 64;

    /** What reading a date gave. */
    sealed interface Outcome permits Read, Unreadable {}

    /**
     * A date that was read.
     *
     * @param date the date
     * @param note how an ambiguous date was read, or {@code null} when it was not ambiguous
     * @param warning why the date was read otherwise than the settings say, or {@code null}
     */
    record Read(PublicationDate date, String note, String warning) implements Outcome {}

    /** @param reason why the text is not a date, as a phrase */
    record Unreadable(String reason) implements Outcome {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    static final Pattern WEEKDAY = Pattern.compile(
            "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
                    + "(?![a-z])\\.?,?\\s*", CI);
    static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    static final Pattern MONTH_DAY = Pattern.compile(
            MONTHS + "\\s*(\\d{1,2})" + ORDINAL + "(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)", CI);
    static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTHS + "(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)", CI);
    private static final Pattern TIME = Pattern.compile(
            "(?:\\s*,\\s*|\\s+|T)(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?)?", CI);
    private static final Pattern ZONE = Pattern.compile(
            "\\s*(?:(z|utc|gmt)|(?:utc|gmt)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?)", CI);

    private DateReader() {}

    /**
     * Reads a date.
     *
     * @param text the text, trimmed, its spaces collapsed
     * @param dayFirst whether {@code a/b/yyyy} is day first
     * @return the date, or why it is unreadable
     */
    static Outcome read(String text, boolean dayFirst) {
        if (text.length() > MAX_DATE_LENGTH) {
            return new Unreadable("longer than " + MAX_DATE_LENGTH + " characters");
        }
        String rest = text;
        if (!rest.isEmpty() && !isDigit(rest.charAt(0))) {
            Matcher weekday = WEEKDAY.matcher(rest);
            if (weekday.lookingAt() && weekday.end() < rest.length()) {
                rest = rest.substring(weekday.end());
            }
        }
        // Each form starts with a set count of ASCII digits (\d is ASCII here), so only the forms
        // that start with as many as the text are tried: one or two, four, or none.
        int digits = 0;
        while (digits < rest.length() && digits < 5 && isDigit(rest.charAt(digits))) {
            digits++;
        }
        boolean oneOrTwo = digits == 1 || digits == 2;
        boolean four = digits == 4;
        int year;
        int month;
        int day;
        int end;
        String note = null;
        String warning = null;
        Matcher m;
        if (oneOrTwo && (m = NUMERIC.matcher(rest)).lookingAt()) {
            int a = number(rest, m, 1);
            int b = number(rest, m, 3);
            year = number(rest, m, 4);
            month = dayFirst ? b : a;
            day = dayFirst ? a : b;
            if (month > 12 && day >= 1 && day <= 12) {
                warning = "read " + (dayFirst ? "month first" : "day first") + " because " + month + " is not a month";
                int swap = month;
                month = day;
                day = swap;
            } else if (a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12) {
                note = (dayFirst ? "day first; month first" : "month first; day first") + " it would be "
                        + LocalDate.of(year, day, month);
            }
            end = m.end();
        } else if (four && (m = YEAR_FIRST.matcher(rest)).lookingAt()) {
            year = number(rest, m, 1);
            month = number(rest, m, 3);
            day = number(rest, m, 4);
            end = m.end();
        } else if (four && (m = CJK.matcher(rest)).lookingAt()) {
            year = number(rest, m, 1);
            month = number(rest, m, 2);
            day = number(rest, m, 3);
            end = m.end();
        } else if (digits == 0 && (m = MONTH_DAY.matcher(rest)).lookingAt()) {
            month = month(m.group(1));
            day = number(rest, m, 2);
            year = number(rest, m, 3);
            end = m.end();
        } else if (oneOrTwo && (m = DAY_MONTH.matcher(rest)).lookingAt()) {
            day = number(rest, m, 1);
            month = month(m.group(2));
            year = number(rest, m, 3);
            end = m.end();
        } else {
            return new Unreadable("not a date form this reader knows");
        }
        String problem = checkDate(year, month, day);
        if (problem != null) {
            return new Unreadable(problem);
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (end == rest.length()) {
            return new Read(PublicationDate.of(date), note, warning);
        }
        String after = rest.substring(end);
        if (after.isBlank()) {
            return new Read(PublicationDate.of(date), note, warning);
        }
        return readTime(date, after, note, warning);
    }

    private static Outcome readTime(LocalDate date, String after, String note, String warning) {
        Matcher t = TIME.matcher(after);
        if (!t.lookingAt()) {
            return new Unreadable("unexpected text after the date");
        }
        int hour = number(after, t, 1);
        int minute = number(after, t, 2);
        int second = t.group(3) == null ? 0 : number(after, t, 3);
        if (t.group(4) != null) {
            if (hour < 1 || hour > 12) {
                return new Unreadable("hour " + hour + " does not go with am or pm");
            }
            boolean pm = Character.toLowerCase(t.group(4).charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return new Unreadable("there is no time " + t.group(1) + ":" + t.group(2)
                    + (t.group(3) == null ? "" : ":" + t.group(3)));
        }
        LocalTime time = LocalTime.of(hour, minute, second);
        PublicationDate.Precision precision = t.group(3) == null
                ? PublicationDate.Precision.MINUTE : PublicationDate.Precision.SECOND;
        String zone = after.substring(t.end());
        Optional<ZoneOffset> offset = Optional.empty();
        if (!zone.isBlank()) {
            Matcher z = ZONE.matcher(zone);
            if (!z.matches()) {
                return new Unreadable("unexpected text after the time");
            }
            if (z.group(1) != null) {
                offset = Optional.of(ZoneOffset.UTC);
            } else {
                int hours = Integer.parseInt(z.group(3));
                int minutes = z.group(4) == null ? 0 : Integer.parseInt(z.group(4));
                if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
                    return new Unreadable("offset " + z.group(2) + z.group(3)
                            + (z.group(4) == null ? "" : ":" + z.group(4)) + " is out of range");
                }
                int sign = z.group(2).equals("-") ? -1 : 1;
                offset = Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            }
        }
        return new Read(new PublicationDate(date, Optional.of(time), offset, precision), note, warning);
    }

    /** {@return whether a character is an ASCII digit, what {@code \\d} matches} */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@return the number a matched group of ASCII digits holds, read in place} */
    private static int number(String text, Matcher m, int group) {
        return Integer.parseInt(text, m.start(group), m.end(group), 10);
    }

    /** {@return why there is no such day, or {@code null} when there is} */
    private static String checkDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day " + day;
        }
        return null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalStateException("not a month: " + name);
        };
    }
}
