package io.github.broadsheet.render;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.PublicationDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.ResourceBundle;

/**
 * The words and date forms renderers put around an article ({@code Source}, {@code Photo: NAME},
 * {@code April 12, 2022}, {@code Page 1 of 3}), in the article's language.
 *
 * <p>Labels come from the resource bundle {@value #BUNDLE} ({@code labels.properties} in English,
 * {@code labels_zh.properties} in Chinese); a language is added by putting a
 * {@code labels_LANG.properties} file in the same package on the class path, and a missing key
 * falls back to English. Dates use the JDK's localized long date form (CLDR):
 * {@code April 12, 2022} in {@code en}, {@code 12 April 2022} in {@code en-GB},
 * {@code 2022年4月12日} in {@code zh}. Immutable and thread-safe.
 */
public final class Labels {

    /** The base name of the labels bundle: {@value}. */
    public static final String BUNDLE = "io.github.broadsheet.render.labels";

    private final Locale locale;
    private final Map<String, String> bundle;
    /** The labels that are text with {@code {0}}…{@code {9}} in it, ready to fill in; by key. */
    private final Map<String, Message> messages;
    private final DateTimeFormatter dateFormat;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = load(locale);
        Map<String, Message> messages = new HashMap<>();
        bundle.forEach((key, pattern) -> Message.of(pattern).ifPresent(m -> messages.put(key, m)));
        this.messages = Map.copyOf(messages);
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /**
     * A label that is text with arguments {@code {0}} to {@code {9}} and no other braces: filled in
     * with string arguments, it reads as {@link MessageFormat} would write it (apostrophes in a label
     * are text), without parsing the label anew.
     *
     * @param texts the text before, between and after the arguments; one more than {@code arguments}
     * @param arguments the argument indexes, in order
     */
    private record Message(List<String> texts, int[] arguments) {

        static Optional<Message> of(String pattern) {
            List<String> texts = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '}') {
                    return Optional.empty();
                }
                if (c == '{') {
                    if (i + 2 >= pattern.length() || !isAsciiDigit(pattern.charAt(i + 1)) || pattern.charAt(i + 2) != '}') {
                        return Optional.empty();
                    }
                    texts.add(pattern.substring(start, i));
                    arguments.add(pattern.charAt(i + 1) - '0');
                    i += 2;
                    start = i + 1;
                }
            }
            texts.add(pattern.substring(start));
            return Optional.of(new Message(List.copyOf(texts), arguments.stream().mapToInt(Integer::intValue).toArray()));
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** {@return the label filled in, or empty unless every argument it names is a string} */
        Optional<String> format(Object[] values) {
            StringBuilder out = new StringBuilder(texts.get(0));
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] >= values.length || !(values[arguments[i]] instanceof String value)) {
                    return Optional.empty();
                }
                out.append(value).append(texts.get(i + 1));
            }
            return Optional.of(out.toString());
        }
    }

    /**
     * Reads the bundle's properties files from the most general ({@code labels.properties}) to the
     * most specific ({@code labels_zh_Hans_CN.properties}), each overriding the last. The files are
     * looked up both where Broadsheet's own are and through the context class loader, where a
     * user's translations are; no fallback to the JVM's default locale, so an article's language
     * alone decides.
     */
    private static Map<String, String> load(Locale locale) {
        ResourceBundle.Control control = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        // zh-TW also yields zh_Hant_TW and zh_Hant, so Traditional Chinese finds labels_zh_Hant.
        List<Locale> candidates = new ArrayList<>(control.getCandidateLocales(BUNDLE, locale));
        Collections.reverse(candidates);
        Map<String, String> merged = new HashMap<>();
        for (Locale candidate : candidates) {
            // toBundleName spells a script as the file names do: labels_zh_Hant, not Locale's "zh__#Hant".
            String name = control.toBundleName(BUNDLE, candidate).replace('.', '/');
            readInto(merged, Labels.class.getResourceAsStream("/" + name + ".properties"), name);
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context != null && context != Labels.class.getClassLoader()) {
                readInto(merged, context.getResourceAsStream(name + ".properties"), name);
            }
        }
        return Map.copyOf(merged);
    }

    private static void readInto(Map<String, String> merged, InputStream in, String name) {
        if (in == null) {
            return;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            properties.forEach((k, v) -> merged.put((String) k, (String) v));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labels " + name + ".properties", e);
        }
    }

    /** Labels read through Broadsheet's own class loader, by locale: read once, shared by every renderer. */
    private static final ConcurrentMap<Locale, Labels> CACHE = new ConcurrentHashMap<>();

    /**
     * {@return the labels of a locale} They are read once per locale and shared, unless the
     * thread's context class loader is another one than Broadsheet's (an application server's
     * per-application loader, which may hold translations of its own): then they are read anew,
     * so no loader is held on to.
     *
     * @param locale the locale
     */
    public static Labels of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context == null || context == Labels.class.getClassLoader()) {
            return CACHE.computeIfAbsent(locale, Labels::new);
        }
        return new Labels(locale);
    }

    /**
     * {@return the labels for rendering an article}: the locale the options name, else the
     * article's language, else English
     *
     * @param article the article
     * @param options the render options
     */
    public static Labels forArticle(Article article, RenderOptions options) {
        return of(localeOf(article, options));
    }

    /**
     * {@return the locale for rendering an article}: the options', else the article's, else English
     *
     * @param article the article
     * @param options the render options
     */
    public static Locale localeOf(Article article, RenderOptions options) {
        return options.locale().or(article::language).orElse(Locale.ENGLISH);
    }

    /** {@return the locale} */
    public Locale locale() {
        return locale;
    }

    /**
     * {@return a label, formatted with its arguments}
     *
     * @param key the key in the bundle, such as {@code source} or {@code page.of}
     * @param arguments the {@link MessageFormat} arguments
     * @throws MissingResourceException if no bundle has the key
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.get(key);
        if (pattern == null) {
            throw new MissingResourceException("no label \"" + key + "\" in " + BUNDLE, BUNDLE, key);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Message message = messages.get(key);
        Optional<String> filled = message == null ? Optional.empty() : message.format(arguments);
        return filled.orElseGet(() -> format(pattern, locale, arguments));
    }

    /**
     * {@return a label formatted by {@link MessageFormat}, its apostrophes kept as text}
     *
     * @param pattern the label
     * @param locale the locale of numbers and dates in it
     * @param arguments the arguments
     */
    static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /**
     * {@return every label of this locale, unformatted, by key}: Broadsheet's own and those a user's
     * {@code labels*.properties} add
     */
    public Map<String, String> asMap() {
        return bundle;
    }

    /** {@return the label of the source line: {@code Source} / {@code 来源}} */
    public String source() {
        return get("source");
    }

    /** {@return a photo credit: {@code Photo: NAME} / {@code 图：NAME}} @param name who made it */
    public String credit(String name) {
        return get("credit", name);
    }

    /**
     * {@return the byline: {@code By A, B and C} / {@code 作者：A、B、C}}
     *
     * @param authors the authors, at least one
     */
    public String byline(List<String> authors) {
        if (authors.isEmpty()) {
            throw new IllegalArgumentException("a byline needs at least one author");
        }
        return get("byline", joinNames(authors));
    }

    /** {@return the names joined with the language's separators} @param names the names */
    public String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(get("author.separator"), names.subList(0, names.size() - 1))
                + get("author.last.separator") + names.get(names.size() - 1);
    }

    /**
     * {@return a publication date as people read it}: {@code April 12, 2022} for a date,
     * {@code April 12, 2022, 10:35} with a time, and the offset after it when one is given
     * ({@code April 12, 2022, 10:35 UTC+08:00})
     *
     * @param date the date
     */
    public String date(PublicationDate date) {
        String day = dateFormat.format(date.date());
        if (date.time().isEmpty()) {
            return day;
        }
        String time = String.format(Locale.ROOT, "%02d:%02d", date.time().get().getHour(), date.time().get().getMinute());
        String offset = date.offset().map(o -> " UTC" + (o.getTotalSeconds() == 0 ? "" : o.getId())).orElse("");
        return get("datetime", day, time + offset);
    }

    /**
     * {@return the parts of the line under a headline, in order: the source, the byline, the
     * publication date}; each only when the article has it. Renderers join them (with
     * {@code " · "}, say) or style each part.
     *
     * @param article the article
     */
    public List<String> sourceBylineDate(Article article) {
        List<String> parts = new ArrayList<>(3);
        article.source().ifPresent(parts::add);
        if (!article.authors().isEmpty()) {
            parts.add(byline(article.authors()));
        }
        article.published().map(this::date).ifPresent(parts::add);
        return List.copyOf(parts);
    }

    /** {@return {@code Page N of M} / {@code 第 N 页，共 M 页}} @param page the page @param pages the total */
    public String pageOf(int page, int pages) {
        return get("page.of", Integer.toString(page), Integer.toString(pages));
    }
}
