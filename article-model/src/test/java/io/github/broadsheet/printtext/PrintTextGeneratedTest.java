package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins what the parser makes of a few hundred generated print-view texts, mixing every kind of
 * line the format knows (chrome, bullets, metadata in each layout, dates in each form and many
 * broken ones, credits, lists, separators, CJK, odd spaces and line ends), to the file
 * {@code generated/printtext.golden}: per text the article (title, metadata, each block) and every
 * diagnostic, or the error. It guards the reader's fast paths: any change in what they accept shows
 * here. After an intended change, rewrite the file with
 * {@code ./mvnw -pl article-model test -Dtest=PrintTextGeneratedTest -Dbroadsheet.updateGolden=true}
 * and review the diff.
 */
class PrintTextGeneratedTest {

    private static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");
    private static final Path GOLDEN = Path.of("src/test/resources/generated/printtext.golden");
    static final int CASES = 300;

    private static final String[] CHROME = {
        "Interval 10 seconds", "print close", "Print | Close", "[Print] [Close]", "Font size: A A A", "Share:",
        "Back to top", "Top", "【打印】【关闭】", "分享到：微信 微博", "ſhare", "ınterval 10 s", "↑ Top", "^ top",
        "Close window", "E-mail this article", "(Print)", "字号：大 中 小", "返回顶部", "Share on: Facebook Twitter",
        "\u0130nterval 5 secs", "Text size: A+ A-", "Printer-friendly version", "〔关闭〕",
    };
    private static final String[] NEAR_CHROME = {
        "Printing works resume", "Topics of the day", "Backwater", "Sharing the load", "Closed for winter",
        "Interval training", "Fonts and faces", "(Printed in Gullhaven)", "[1] Notes", "^^", "打印机坏了",
    };
    private static final String[] TITLES = {
        "Gullhaven ferry moves to a winter timetable", "• Bakery wins the county prize", "- Bridge repairs start",
        "* Robotics club builds a rover", "·Orchard frost warning", "城市图书馆延长开放时间", "Title\u00A0with\u00A0spaces",
        "By the end of 2021, the pier was gone", "Élan for the élite: a café opens", "•", "- ", "Tide tables 2024",
    };
    private static final String[] DATES = {
        "4/12/2022", "9/3/2024", "13/4/2022", "4/13/2022", "31/12/2022", "2/30/2022", "0/0/2022", "12/12/2022",
        "2022-04-12", "2022-4-2 9:05:30", "2022/11/30 06:15", "2022.04.12", "2022-13-01", "2022-02-29",
        "2024-02-29", "April 12, 2022", "Apr. 12 2022", "April 1st, 2022", "Sept 9, 2022", "12 April 2022",
        "12th of April, 2022", "Tuesday, April 12, 2022", "Tue 12 April 2022", "ſun 12 April 2022",
        "2022年4月12日", "2024年3月5日 09:30", "2022-04-12 10:35 +08:00", "2022-04-12 10:35 UTC",
        "2022-04-12 10:35 GMT+8", "2022-04-12T10:35:00Z", "April 12, 2022 at 10:35 pm", "April 12, 2022 12:05 a.m.",
        "2022-04-12 25:00", "2022-04-12 13:00 pm", "2022-04-12 10:35 +19:00", "2022-04-12 10:35 foo",
        "the Tuesday after the recess", "12/04/2022 18:00", "June 8, 2024 9:05", "Monday", "monday, 2022-04-12",
        "9.3.2024", "9-3-2024", "9/3-2024", "4/12/20222", "04/08/2023 18:00:59", "2022-04-12 10:60",
        "Mayday 12, 2022", "12 Maybe 2022", "2022-04-12 10:35 -05:30", "2022-04-12 10:35 utc-3",
        "2022-04-12 07:45:10 PM", "2022-04-12, 10:35", "Wed., 2022-04-12", "April 31, 2022",
        "A date far too long to be a date at all, running on well past sixty-four characters",
        "３/４/２０２２", "2022-04-12 10:35 Z", "12 april 2022 at 9:05 am GMT", "2022/4/12",
    };
    private static final String[] SOURCES = {"Gullhaven Gazette", "Harbour Times", "江城晚报", "The Riverside Ledger", ""};
    private static final String[] AUTHORS = {
        "Ana Ruiz", "Ines Moreau, Karl Brandt and Ada Okafor", "李明、王芳", "Siobhán Kelly; Rory Byrne", "", " ; ",
        "Priya Natarajan & Tomás Ferreira", "staff reporters",
    };
    private static final String[] SEPARATORS = {"  ", "\u00A0\u00A0 ", "\t", " | ", "\u3000", " ", " ｜ ", "   "};
    private static final String[] WORDS = (
            "the ferry harbour board said on Monday that first boat will leave at 7:15 an hour later than now "
            + "islanders shopkeepers asked keep Saturday evening crossing for winter market agreed run it "
            + "fares stay as they are book of twenty crossings third off Pier Street Gullhaven Skerry").split(" ");
    private static final String[] CJK = {"图书馆", "开放时间", "延长", "读者", "建议", "自习座位", "新增", "周末", "。", "，"};
    private static final String[] CREDITS = {
        "Photo: Marit Olsen", "Photo by Jonas Berg", "Photo/Ruth Calloway", "(Photo: Tomasz Zielinski)",
        "（摄影：赵磊）", "图/陈晓峰", "Photos: Mountain Rescue Team", "Photo: ", "Image credit: Lena Sørensen",
        "Picture by a b c d e f g h i j k l", "ıMAGE: Kai Berg", "PHOTOGRAPHER: Grace Mbeki", "【图片：李明】",
        "(Photo: unbalanced", "Photograph by ...", "picture/ Dana Whitcombe",
    };
    private static final String[] ITEMS = {
        "• ", "- ", "* ", "1. ", "2) ", "3、", "•", "12. ", "1234. ", "‧ ", "■", "1.", "7)",
    };
    private static final String[] ODD_LINES = {
        "* * *", "———", "...", "Editor: Marguerite Osei", "Updated: 2022-04-13", "By Mara Lindqvist",
        "By the end of 2021, the pier was gone.", "Source: Second Source", "Date: 2022-04-12",
        "\u200B", "zero\u200Bwidth\u2060joined", "next\u0085line", "   ", "Note  :  spaced label",
        "What changes", "Fares for islanders?", "A heading, with a comma", "「引号」", "Ends in a quote.\"",
    };
    private static final String[] INDENTS = {"", "", "  ", "    ", "\t", "\u00A0\u00A0", "\u3000"};
    private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r"};

    @Test
    void parsesEveryGeneratedTextExactlyAsTheGoldenFileSays() throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            Random random = new Random(i);
            PrintTextParser parser = parser(random);
            String text = text(random);
            out.append("=== case ").append(i).append('\n').append(outcome(parser, text));
        }
        if (UPDATE) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, out, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file; create it with -Dbroadsheet.updateGolden=true").isRegularFile();
        assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** {@return the article and diagnostics, or the error}; the string and byte paths must agree */
    private static String outcome(PrintTextParser parser, String text) {
        String fromString = describe(() -> parser.parse(text, "g.txt"));
        String fromBytes = describe(() -> parser.parse(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "g.txt"));
        assertThat(fromBytes).as("the same text as bytes, for %s", text).isEqualTo(fromString);
        return fromString;
    }

    private interface Parse {
        ParseResult run();
    }

    private static String describe(Parse parse) {
        ParseResult result;
        try {
            result = parse.run();
        } catch (ArticleParseException e) {
            return "error " + e.getMessage() + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            out.append(d).append('\n');
        }
        Article a = result.article();
        out.append("title ").append(a.title()).append('\n');
        a.source().ifPresent(s -> out.append("source ").append(s).append('\n'));
        a.authors().forEach(s -> out.append("author ").append(s).append('\n'));
        a.published().ifPresent(p -> out.append("published ").append(p).append('\n'));
        for (Block block : a.body()) {
            out.append(switch (block) {
                case Paragraph p -> "P " + p.plainText();
                case Heading h -> "H" + h.level() + " " + h.plainText();
                case Figure f -> "F " + f.plainText();
                case ListBlock l -> (l.ordered() ? "OL " : "UL ")
                        + l.items().stream().map(ListItem::plainText).collect(Collectors.joining(" | "));
                case Quote q -> "Q " + q.plainText();
            }).append('\n');
        }
        return out.toString();
    }

    private static PrintTextParser parser(Random random) {
        PrintTextParser.Builder b = PrintTextParser.builder();
        switch (random.nextInt(6)) {
            case 0 -> b.dayFirst(true);
            case 1 -> b.maxHeadingWords(2).maxHeadingLength(12);
            case 2 -> {
                List<Pattern> patterns = new ArrayList<>(PrintTextParser.DEFAULT_CHROME_PATTERNS);
                patterns.add(Pattern.compile("more from .*", Pattern.CASE_INSENSITIVE));
                b.chromePatterns(patterns);
            }
            default -> { }
        }
        return b.build();
    }

    static String text(Random random) {
        List<String> lines = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            lines.add(pick(random, random.nextInt(4) == 0 ? NEAR_CHROME : CHROME));
            if (random.nextInt(3) == 0) {
                lines.add("");
            }
        }
        lines.add(pick(random, INDENTS) + pick(random, TITLES));
        for (int n = random.nextInt(4); n > 0; n--) {
            lines.add(pick(random, INDENTS) + metadataLine(random));
        }
        if (random.nextInt(4) == 0) {
            lines.add(pick(random, ODD_LINES));
        }
        for (int n = random.nextInt(14); n > 0; n--) {
            if (random.nextInt(3) == 0) {
                lines.add(random.nextInt(4) == 0 ? " \u00A0" : "");
            }
            lines.add(pick(random, INDENTS) + bodyLine(random));
        }
        if (random.nextBoolean()) {
            lines.add("");
            lines.add(pick(random, CHROME));
        }
        String end = pick(random, LINE_ENDS);
        String text = String.join(end, lines) + (random.nextBoolean() ? end : "");
        return random.nextInt(10) == 0 ? "\uFEFF" + text : text;
    }

    private static String metadataLine(Random random) {
        StringBuilder line = new StringBuilder();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            if (!line.isEmpty()) {
                line.append(pick(random, SEPARATORS));
            }
            String colon = pick(random, new String[] {":", ": ", "：", " : ", ":"});
            line.append(switch (random.nextInt(9)) {
                case 0 -> pick(random, new String[] {"Source", "来源", "SOURCE"}) + colon + pick(random, SOURCES);
                case 1, 2 -> pick(random, new String[] {"Date", "Published", "日期", "发布时间", "posted"}) + colon
                        + pick(random, DATES);
                case 3 -> pick(random, new String[] {"Author", "Authors", "作者", "记者"}) + colon + pick(random, AUTHORS);
                case 4 -> pick(random, new String[] {"By ", "Written by ", "by "}) + pick(random, AUTHORS);
                case 5 -> pick(random, new String[] {"Editor", "Updated", "Section Name", "A.B-c"}) + colon + "value";
                case 6 -> "Date: " + pick(random, DATES);
                case 7 -> pick(random, WORDS);
                default -> "Source:" + pick(random, SOURCES);
            });
        }
        return line.toString();
    }

    private static String bodyLine(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> pick(random, CREDITS);
            case 1 -> pick(random, ITEMS) + words(random, 1 + random.nextInt(6));
            case 2 -> pick(random, ODD_LINES);
            case 3 -> cjk(random);
            case 4 -> words(random, 1 + random.nextInt(4));
            case 5 -> pick(random, CHROME);
            case 6 -> pick(random, NEAR_CHROME);
            case 7 -> words(random, 3 + random.nextInt(8)).replace(" ", pick(random, new String[] {"  ", "\u00A0", " \t"}));
            default -> words(random, 4 + random.nextInt(8)) + pick(random, new String[] {".", ",", "", "?", ".\""});
        };
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String word = pick(random, WORDS);
            out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return out.toString();
    }

    private static String cjk(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            out.append(pick(random, CJK));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
