package io.github.broadsheet.pdf;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Long articles made from a seed: the same seed always gives the same article. */
final class LargeArticles {

    private static final String[] WORDS = ("tide harbour ferry council lantern bridge market orchard volunteer"
            + " timetable keeper island library storm repair village survey evening morning weather crossing"
            + " gallery school bakery river quay lamp season committee visitor").split(" ");
    private static final String[] CJK = {"港口的渡轮在清晨六点准时出发。", "图书馆的阅览室重新开放了。", "市场管理处表示，夜市将延长营业时间。"};

    private LargeArticles() {}

    /**
     * {@return an article of that many blocks}: mostly paragraphs of varying length, with headings
     * (often two in a row), lists, quotes, credit-only figures, and a Chinese sentence now and then
     */
    static Article create(int blocks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Article.Builder article = Article.builder()
                .title("A very long report on the harbour, its ferries and its lamps")
                .subtitle("Generated for the tests: " + blocks + " blocks")
                .source("The Test Gazette")
                .author("Ada Testwright")
                .published(LocalDate.of(2026, 6, 1))
                .language("en");
        int headings = 0;
        for (int i = 0; i < blocks; i++) {
            int kind = random.nextInt(20);
            if (kind < 3) {
                article.add(Heading.of(2 + random.nextInt(2), "Section " + (++headings) + " " + words(random, 2)));
            } else if (kind == 3) {
                article.add(ListBlock.unordered(sentence(random, 6), sentence(random, 9), sentence(random, 4)));
            } else if (kind == 4) {
                article.add(Quote.of(sentence(random, 18), "Speaker " + i));
            } else if (kind == 5) {
                article.add(Figure.ofCredit("Photographer " + i));
            } else if (kind == 6) {
                article.add(new Paragraph(List.of(Inline.text(sentence(random, 10) + " "),
                        Inline.text(CJK[random.nextInt(CJK.length)]))));
            } else {
                article.add(new Paragraph(List.of(Inline.text(sentence(random, 20 + random.nextInt(80))))));
            }
        }
        return article.build();
    }

    static String words(SplittableRandom random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    static String sentence(SplittableRandom random, int n) {
        String words = words(random, n);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    static ListItem item(String text) {
        return ListItem.of(text);
    }
}
