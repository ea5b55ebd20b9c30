package io.github.broadsheet.render.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The Nu Html Checker, in process: checks a page and returns what it found. */
final class NuChecker {

    /** One finding: its kind ({@code error}, {@code warning}, {@code info}), position and message. */
    record Finding(String kind, String position, String message) {
        @Override
        public String toString() {
            return position + ": " + kind + ": " + message;
        }
    }

    private static final Pattern LINE = Pattern.compile("^\"[^\"]*\":(\\S*): (.+?): (.*)$");
    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();

    static {
        VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    }

    private NuChecker() {}

    /** {@return every finding about a page} @param html the page */
    static synchronized List<Finding> check(String html) {
        String report;
        try {
            report = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the checker failed: " + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        for (String line : report.lines().filter(l -> !l.isBlank()).toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                findings.add(new Finding("error", "?", "unreadable checker output: " + line));
                continue;
            }
            String kind = m.group(2).contains("error") ? "error" : m.group(2).contains("warning") ? "warning" : "info";
            findings.add(new Finding(kind, m.group(1), m.group(3)));
        }
        return findings;
    }

    /** {@return the errors and warnings about a page; info messages are left out} @param html the page */
    static List<Finding> problems(String html) {
        return check(html).stream().filter(f -> !f.kind().equals("info")).toList();
    }
}
