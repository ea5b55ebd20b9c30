package org.example.plugins;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.ArticleParser;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.Location;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.ParserProvider;
import java.io.BufferedReader;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser as a user would write one, registered only in test resources: a {@code .memo} file is
 * a title line, a {@code Date: 4/12/2022} line read month-first unless
 * {@link ParseOptions#dayFirst()}, then one paragraph a line. Any other {@code Key: value} line
 * after the date is skipped with a warning.
 */
public final class MemoParserProvider implements ParserProvider {

    private static final Pattern DATE = Pattern.compile("Date: (\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern HEADER = Pattern.compile("[A-Z][a-z]+: .*");

    @Override
    public String name() {
        return "memo";
    }

    @Override
    public String description() {
        return "Test memos: a title, a date, paragraphs";
    }

    @Override
    public String mediaType() {
        return "text/x-memo";
    }

    @Override
    public List<String> extensions() {
        return List.of("memo");
    }

    @Override
    public int sniff(byte[] head) {
        return 0;
    }

    @Override
    public ArticleParser create(ParseOptions options) {
        return (reader, sourceName) -> parse(reader, sourceName, options.dayFirst());
    }

    private static ParseResult parse(Reader reader, String source, boolean dayFirst) {
        // An I/O error surfaces as the UncheckedIOException that BufferedReader.lines() throws.
        List<String> lines = new BufferedReader(reader).lines().toList();
        if (lines.size() < 2) {
            throw new ArticleParseException(Location.start(source), "a memo needs a title line and a date line");
        }
        Matcher date = DATE.matcher(lines.get(1));
        if (!date.matches()) {
            throw new ArticleParseException(new Location(source, 2, 1), "expected \"Date: M/D/YYYY\"");
        }
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        Article.Builder article = Article.builder().title(lines.get(0));
        try {
            article.published(dayFirst
                    ? LocalDate.of(Integer.parseInt(date.group(3)), second, first)
                    : LocalDate.of(Integer.parseInt(date.group(3)), first, second));
        } catch (DateTimeException e) {
            throw new ArticleParseException(new Location(source, 2, 7), "no such date: " + e.getMessage());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (HEADER.matcher(line).matches()) {
                diagnostics.add(Diagnostic.warning(new Location(source, i + 1, 1), "skipped header line \"" + line + "\""));
            } else if (!line.isEmpty()) {
                article.paragraph(line);
            }
        }
        return new ParseResult(article.build(), diagnostics);
    }
}
