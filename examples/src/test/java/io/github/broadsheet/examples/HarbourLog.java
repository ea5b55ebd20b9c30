package io.github.broadsheet.examples;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code examples/samples/harbour-log.json}, the long sample article (a few hundred blocks,
 * for paging in PDF and for batch runs): a year of a small harbour's log, month by month. Every
 * sentence is original text written for Broadsheet; a seeded random number generator only picks
 * which days get an entry and which of the written phrases describe the weather and the traffic,
 * so the output is the same on every run. {@code HarbourLogTest} checks that the committed file is
 * what this program writes.
 *
 * <p>Run it from the repository root to write the file again after changing the text.
 */
final class HarbourLog {

    /** Where the article is committed, from the repository root. */
    static final Path FILE = Path.of("examples/samples/harbour-log.json");

    private static final int YEAR = 2025;

    private HarbourLog() {}

    /**
     * Writes the sample article.
     *
     * @param args ignored
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, ArticleJson.standard().write(article()));
    }

    /** {@return the article, the same on every call} */
    static Article article() {
        Random random = new Random(20250101L);
        Article.Builder article = Article.builder()
                .title("A year in the Gullhaven harbour log")
                .subtitle("Wind, tides, ferries, the lifeboat and the occasional seal: twelve months as the harbour "
                        + "master wrote them down")
                .source("Gullhaven Gazette")
                .author("Hallvard Strand")
                .published(PublicationDate.parse("2026-01-10T08:00:00Z"))
                .language("en-GB")
                .url("https://gullhaven-gazette.example/harbour/log-2025")
                .section("Harbour")
                .tags(List.of("harbour", "Gullhaven", "ferry", "weather"));
        article.paragraph("Every evening for thirty-one years, whoever holds the harbour master's keys has written "
                + "a few lines in a green clothbound book kept on the windowsill of the harbour office: the wind, "
                + "the tides, which boats came and went, and anything else worth remembering.");
        article.paragraph("With the harbour board's permission, the Gazette has copied out most of last year's "
                + "entries, lightly tidied. Days on which the book says only \"as yesterday\" are left out.");
        article.add(Figure.builder()
                .caption("The log book on the harbour office windowsill, open at the first week of the year.")
                .credit("Marit Olsen")
                .build());
        for (Month month : Month.values()) {
            monthOf(month, random, article);
        }
        article.heading(2, "Afterword");
        article.paragraph("The book for the new year has a blue cover, because the shop on Pier Street had run out of "
                + "green ones. The harbour master says the entries will not be any different.");
        return article.build();
    }

    private static void monthOf(Month month, Random random, Article.Builder article) {
        int m = month.getValue() - 1;
        article.heading(2, month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        article.paragraph(INTROS[m]);

        // The days with an event, then enough ordinary days to give the month about two dozen entries.
        String[] events = EVENTS[m];
        int length = month.length(false);
        TreeSet<Integer> eventDays = new TreeSet<>();
        while (eventDays.size() < events.length) {
            eventDays.add(1 + random.nextInt(length));
        }
        TreeSet<Integer> days = new TreeSet<>(eventDays);
        int wanted = 21 + random.nextInt(5);
        while (days.size() < wanted) {
            days.add(1 + random.nextInt(length));
        }

        int sailed = 0;
        int cancelled = 0;
        int visitors = 0;
        int event = 0;
        for (int day : days) {
            LocalDate date = LocalDate.of(YEAR, month, day);
            int force = force(month, random);
            List<Inline> entry = new ArrayList<>();
            entry.add(new Strong(List.of(new Text(day + " " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "."))));
            entry.add(new Text(" Wind " + pick(WINDS, random) + ", force " + force + "; " + pick(WEATHER[season(month)], random)
                    + ". High water " + highWater(date) + ". "));
            int crossings = month.getValue() >= 5 && month.getValue() <= 9 ? 6 : 4;
            if (force >= 8) {
                entry.addAll(italicShip(pick(FERRY_CANCELLED, random)));
                cancelled += crossings;
            } else if (force >= 6) {
                entry.addAll(italicShip(pick(FERRY_LATE, random)));
                sailed += crossings;
            } else {
                entry.addAll(italicShip(pick(FERRY_ON_TIME, random)));
                sailed += crossings;
            }
            String extra = eventDays.contains(day) ? events[event++] : pick(ROUTINE, random);
            entry.addAll(italicShip(" " + extra));
            visitors += month.getValue() >= 5 && month.getValue() <= 9 ? 2 + random.nextInt(9) : random.nextInt(3);
            article.add(new Paragraph(merged(entry)));
        }

        article.add(Quote.of(MARGIN_NOTES[m], "a note in the margin of the log"));
        if (m % 3 == 1) {
            article.add(Figure.builder().caption(FIGURE_CAPTIONS[m / 3]).credit("Marit Olsen").build());
        }
        article.heading(3, month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " in numbers");
        article.add(new ListBlock(false, List.of(
                ListItem.of("Ferry crossings sailed: " + sailed),
                ListItem.of("Ferry crossings cancelled: " + cancelled),
                ListItem.of("Visiting boats recorded: " + visitors),
                ListItem.of("Days in this month's log: " + days.size()))));
    }

    /** {@return the inline nodes with each run of adjacent text nodes joined into one} */
    private static List<Inline> merged(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Text next && !out.isEmpty() && out.getLast() instanceof Text previous) {
                out.set(out.size() - 1, new Text(previous.text() + next.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    /** {@return the text with the ferry's name, written between asterisks, in emphasis} */
    private static List<Inline> italicShip(String text) {
        List<Inline> out = new ArrayList<>();
        Matcher ship = Pattern.compile("\\*([^*]+)\\*").matcher(text);
        int from = 0;
        while (ship.find()) {
            if (ship.start() > from) {
                out.add(new Text(text.substring(from, ship.start())));
            }
            out.add(new Emphasis(List.of(new Text(ship.group(1)))));
            from = ship.end();
        }
        if (from < text.length()) {
            out.add(new Text(text.substring(from)));
        }
        return out;
    }

    /** Winter, spring, summer, autumn. */
    private static int season(Month month) {
        return switch (month) {
            case DECEMBER, JANUARY, FEBRUARY -> 0;
            case MARCH, APRIL, MAY -> 1;
            case JUNE, JULY, AUGUST -> 2;
            case SEPTEMBER, OCTOBER, NOVEMBER -> 3;
        };
    }

    /** A Beaufort force, windier in winter; 8 or more stops the ferry, 6 or 7 delays it. */
    private static int force(Month month, Random random) {
        int base = switch (season(month)) {
            case 0 -> 3;
            case 3 -> 2;
            default -> 1;
        };
        int force = base + random.nextInt(5);
        if (season(month) != 2 && random.nextInt(12) == 0) {
            force += 3; // a gale
        }
        return Math.min(force, 10);
    }

    /** A morning and an evening high water, each about fifty minutes later every day. */
    private static String highWater(LocalDate date) {
        int cycle = 12 * 60 + 25;
        int minutes = (5 * 60 + 12 + date.getDayOfYear() * 50) % cycle;
        LocalTime first = LocalTime.of(0, 0).plusMinutes(minutes);
        return minutes + cycle < 24 * 60 ? first + " and " + first.plusMinutes(cycle) : "at " + first;
    }

    private static String pick(String[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }

    // ------------------------------------------------------------------ the text

    private static final String[] WINDS = {
        "north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west", "west-south-west",
        "north by west", "variable"
    };

    private static final String[][] WEATHER = {
        {
            "sleet showers from first light", "a hard frost on the pontoons", "low cloud over the Skerries all day",
            "rain, heavy at times, clearing after dark", "bright and bitterly cold", "fog until mid-morning",
            "snow flurries that did not settle", "a grey, dry day with a long swell", "hail at noon, then sunshine",
            "drizzle and a falling glass"
        },
        {
            "sunny spells and a sharp breeze", "drizzle in the morning, dry later", "clear skies and a cold night",
            "showers blowing through on the hour", "mild and overcast", "a thick sea mist that burned off by ten",
            "the first warm afternoon of the year", "cloud building from the west", "bright but with a bite in the air",
            "soft rain most of the day"
        },
        {
            "hot and still", "hazy sunshine", "a thunderstorm in the late afternoon", "warm with a light sea breeze",
            "bright, with high cloud later", "close and humid, rain overnight", "clear from dawn to dusk",
            "a cool morning and a golden evening", "sea fog rolling in at teatime", "sunshine and a flat calm"
        },
        {
            "gusty, with squalls from the west", "grey and damp all day", "a clear, cold morning", "heavy rain from noon",
            "mild and calm, unusually so", "strong winds easing at dusk", "a rainbow over the breakwater after a shower",
            "mist in the morning, sun by eleven", "dark by five and raining", "leaves blowing along the quay"
        }
    };

    private static final String[] FERRY_ON_TIME = {
        "The *Skerry Belle* made all her crossings.", "Every ferry crossing ran on time.",
        "The ferry kept her timetable to the minute.", "Ferry on time; a full car deck on the evening sailing.",
        "The *Skerry Belle* sailed every crossing, the last one almost empty.",
        "Ferry on time all day, with a school party on the first sailing."
    };

    private static final String[] FERRY_LATE = {
        "The ferry ran up to half an hour late but sailed every crossing.",
        "The *Skerry Belle* missed the noon sailing and made it up after dark.",
        "Ferry crossings slow and lively; a few pale passengers on the quay.",
        "The *Skerry Belle* sailed, taking the long way round the Skerry Bank."
    };

    private static final String[] FERRY_CANCELLED = {
        "Ferry cancelled for the day.", "No ferry: the *Skerry Belle* stayed on her lines at the north pier.",
        "All crossings cancelled; the island shop will be short of milk.",
        "The ferry did not sail, and the harbour was shut to small craft."
    };

    private static final String[] ROUTINE = {
        "Quiet day on the quays.", "Nothing to report beyond the usual traffic.",
        "Routine patrol of the moorings; all secure.", "Two fishing boats in for fuel and ice.",
        "The pilot boat went out twice to bring in coasters.",
        "Office day: invoices, mooring renewals and next month's tide tables.",
        "A steady stream of walkers on the breakwater.", "Moorings checked after the night's wind; one chafed line replaced.",
        "Fuel berth busy all morning.", "Fish market quiet, prices up.",
        "The harbour café stayed open late for the ferry crews.", "Visiting boats: three in, two out.",
        "A coaster unloaded animal feed at the east quay.", "The fleet landed a modest catch of cod and haddock.",
        "Bins emptied, steps swept, lights checked: the ordinary business of a harbour.",
        "The pilot boat took the island nurse across and back."
    };

    private static final String[] INTROS = {
        "January opened with the harbour lights still strung along the breakwater from the winter festival, and with "
                + "a swell that kept the small boats on their moorings for most of the first week.",
        "February is the month the log calls \"the long wait\": the fleet mends nets, the ferry goes to the slipway "
                + "for a fortnight, and many days end with a note about ice on the north steps.",
        "In March the light comes back faster than the warmth. The first yachts appeared at the visitors' pontoon in "
                + "the third week, a little early, their crews in hats and gloves.",
        "April brought the survey boat from the mainland to sound the channel, and with it a month of careful entries "
                + "about buoys that had wandered during the winter storms.",
        "By May the harbour had its summer timetable, its summer crowds on the quay, and its first argument of the "
                + "year about where the ice-cream van may park.",
        "June was dry and bright. The log is full of visiting boats, school trips to the lifeboat station and long "
                + "evenings when the last ferry carried more bicycles than people.",
        "July is the festival month. The regatta turns up on nearly every page, and the harbour master's handwriting "
                + "grows smaller as the entries grow longer.",
        "August was busy and mostly kind, apart from one blow in the second week that sent every visiting yacht "
                + "scurrying inside the breakwater.",
        "In September the visitors thinned out and the working harbour took back its quay. The herring came early, "
                + "and so did the first autumn gale.",
        "October's entries are shorter, written in the dark at both ends of the day. The ferry moved to its winter "
                + "timetable on the last Monday of the month.",
        "November was grey and wet, and the log says more about drains and gutters than about boats. The lifeboat "
                + "was called out three times.",
        "December closed the year with calm water, a hard frost and the carol service on the fish quay, held this "
                + "time under a marquee borrowed from the sailing club."
    };

    private static final String[][] EVENTS = {
        {
            "A seal spent the morning asleep on the slipway and was left in peace.",
            "The harbour office boiler was repaired, at last.",
            "Ice on the north steps, salted twice before the first ferry.",
            "Storm boards fitted to the harbour office windows.",
            "The island doctor crossed on the pilot boat because the ferry could not.",
            "Council inspectors walked the sea wall and found two cracks worth watching."
        },
        {
            "The *Skerry Belle* went up the slipway for her annual overhaul; the relief boat took her crossings.",
            "New fenders fitted along the north pier.",
            "Gulls raided the bait store after its door was left open.",
            "The fog signal on the breakwater sounded for six hours without a break.",
            "The *Skerry Belle* came back down the slipway with a new coat of blue paint.",
            "The harbour board held its quarterly meeting in the lifeboat station."
        },
        {
            "Storm boards taken down.", "The chandlery opened for the season.",
            "The first visiting yacht of the year, from Aberdeen, tied up at the pontoon.",
            "Two lobster pots recovered from the fairway and returned to their owner with a stern word.",
            "Swimmers at the harbour beach for the first time this year, briefly.",
            "The new tide boards went up at both piers."
        },
        {
            "The survey boat from the mainland began sounding the channel.",
            "Buoy number four found two cables out of position and laid again.",
            "The lighthouse lamp was changed for an LED unit; it looks whiter from the quay.",
            "A sailing club dinghy capsized near the moorings; both sailors were picked up, cold but cheerful.",
            "Dredging of the inner basin began.", "The harbour cat was seen for the first time since autumn."
        },
        {
            "Dredger finished in the inner basin: two metres at low water again.",
            "A film crew spent the day on the quay and asked everyone to look natural.",
            "A school class came to the harbour office to see the tide gauge.",
            "The mobile library crossed on the ferry for the islands' monthly visit.",
            "A heron stood on the pontoon gate all morning.",
            "Harbour office phones down after road works cut a cable.",
            "The ice-cream van was given a place by the lifeboat station, and everybody pretended to be satisfied."
        },
        {
            "Three visiting yachts rafted up at the pontoon for the first time this year.",
            "A pod of porpoises followed the evening ferry most of the way to the islands.",
            "Students from the college sampled the water at six points around the basin.",
            "A cruise tender landed sixty passengers for two hours; the café ran out of scones.",
            "The ferry carried a brass band to the islands for the church fete.",
            "A beach clean-up by the primary school filled eleven bags.",
            "A marriage proposal at the end of the pier; the answer, reportedly, was yes."
        },
        {
            "Bunting up along the quay for the festival.",
            "The regatta committee measured the start line twice and still disagreed.",
            "Regatta day: forty-two visiting boats on the pontoons and moorings, a record.",
            "The visiting tall ship Maren Holm anchored in the roads overnight.",
            "Night-time complaint from the flats above the fish quay about a singing trawler crew.",
            "A rowing crew from the islands trained in the basin all afternoon.",
            "Bunting down again; one string kept for next year, the rest beyond saving."
        },
        {
            "A yacht from Bremen arrived with a broken forestay and stayed a week.",
            "Every visiting yacht moved inside the breakwater ahead of the blow.",
            "Lifeboat launched to a yacht aground on the Skerry Bank; towed off on the flood.",
            "The coastguard helicopter practised winching onto the pilot boat.",
            "A stranded minke whale was reported off the north beach; it floated free on the evening tide.",
            "Diesel spill of a few litres at the fuel berth, held by booms within the hour."
        },
        {
            "Herring landed in quantity for the first time this autumn.",
            "The pilot boat towed in a drifting fishing boat whose engine had failed.",
            "The last visiting yacht of the season left for the south.",
            "The crane on the east quay failed its inspection and was taped off.",
            "An unusually low tide showed the old timber jetty piles at the west end.",
            "The evening ferry carried forty sheep to the mainland market."
        },
        {
            "First frost of the autumn on the pontoons.",
            "The chandlery closed for the winter, with a sign promising April.",
            "The old customs house roof lost a dozen slates in the wind.",
            "The ferry's car ramp stuck halfway and was freed with a crowbar and patience.",
            "The *Skerry Belle* moved to the winter timetable: four crossings a day, the first at 7:15.",
            "The harbour master's boat had her annual lift-out and scrub."
        },
        {
            "Floating debris from the river flood gathered at the boom: mostly branches, and one garden bench.",
            "The breakwater light failed at dusk and was working again by nine.",
            "Lifeboat called to a fishing boat taking on water off the point; pumped out and escorted home.",
            "The slipway winch rope was replaced.",
            "Lifeboat out in the dark to a kayaker overdue from the Skerries; found sheltering on the island, unhurt.",
            "Lifeboat launched for a flare sighting that turned out to be a firework."
        },
        {
            "Oysters from the island farm landed for the Christmas market.",
            "The tide gauge was recalibrated; it had been reading four centimetres high.",
            "Harbour dues to rise by three per cent from next month, as the board agreed.",
            "A crate of oranges fell from a lorry on the quay; the gulls were not interested.",
            "Carol singers on the fish quay, with mulled wine from the harbour café.",
            "The wreck buoy off the point was repainted before the light went."
        }
    };

    private static final String[] MARGIN_NOTES = {
        "When the gulls sit on the pier, the ferry sails. When they sit on the ferry, it does not.",
        "Bought a new kettle for the office. The old one is now the bait store's problem.",
        "Remember: the pontoon gate sticks when the tide is above four metres. It always has.",
        "A buoy that moves is a buoy that wants attention. Like a child.",
        "Somebody has drawn a whale in the corner of this page. It is a good whale.",
        "Longest day. Light in the sky at eleven, and still someone asking for the ferry times.",
        "Regatta results are in the committee's book, not in this one, by long agreement.",
        "The Bremen crew left us a bottle of something brown. Kept for the lifeboat Christmas party.",
        "Herring early means a hard winter, says the fish market. The fish market says that every year.",
        "Clocks back. The first ferry now leaves in daylight, for a few weeks at least.",
        "Three lifeboat launches this month, three crews home safe. That is the only number that matters.",
        "Last entry of the year. Calm water, a clear sky, and the book nearly full."
    };

    private static final String[] FIGURE_CAPTIONS = {
        "The relief ferry at the north pier while the Skerry Belle was on the slipway.",
        "Visiting boats three deep at the pontoon in the first week of summer.",
        "The fish quay before dawn, the week the herring came.",
        "Frost on the harbour steps on the last morning of the year."
    };
}
