package io.github.broadsheet.render.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compiled templates of one theme with one set of overrides. Compiled once, when created;
 * immutable and thread-safe afterwards (Mustache.java's compiled templates are).
 *
 * <p>A template name such as {@code figure.mustache} or {@code base.css} is looked up, first match
 * wins, in: the override folder; the override class path prefix; the theme's folder
 * {@value #THEMES}{@code NAME/}; the shared folder {@value #THEMES}{@value #BASE}{@code /}.
 */
final class TemplateSet {

    /** Where themes live on the class path. */
    static final String THEMES = "io/github/broadsheet/render/html/themes/";
    /** The shared folder every theme falls back to. */
    static final String BASE = "base";
    /** The template a theme starts from. */
    static final String PAGE = "page.mustache";
    /** How deep partials may call themselves (inline content nests through them). */
    static final int RECURSION_LIMIT = 4 * PageBuilder.MAX_INLINE_DEPTH + 20;

    /** A template name: folders and a file name of letters, digits, {@code _ - .}, no {@code ..}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    /**
     * Which templates: a theme and its overrides.
     *
     * @param theme the theme name
     * @param directory an absolute, normalized override folder
     * @param classpathPrefix an override class path folder, without leading or trailing {@code /}
     */
    record Key(String theme, Optional<Path> directory, Optional<String> classpathPrefix) {}

    private final Key key;
    private final Mustache page;

    private TemplateSet(Key key, Mustache page) {
        this.key = key;
        this.page = page;
    }

    /**
     * {@return the compiled templates}
     *
     * @param key the theme and overrides
     * @throws IllegalArgumentException if the theme does not exist or an override folder is missing
     * @throws TemplateException if a template is missing or cannot be compiled
     */
    static TemplateSet compile(Key key) {
        if (themeResource(key.theme(), PAGE) == null) {
            throw new IllegalArgumentException("unknown HTML theme \"" + key.theme() + "\": no " + THEMES
                    + key.theme() + "/" + PAGE + " on the class path; built-in themes: "
                    + String.join(", ", HtmlRenderer.THEMES));
        }
        key.directory().ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("the template directory " + dir + " is not a folder");
            }
        });
        Factory factory = new Factory(new Resolver(key));
        try {
            return new TemplateSet(key, factory.compile(PAGE));
        } catch (MustacheException e) {
            throw new TemplateException(describe(key) + ": " + e.getMessage(), e);
        }
    }

    /** Writes the page. @param view the page's view @param out where to write */
    void execute(Views.PageView view, Writer out) {
        try {
            page.execute(out, view).flush();
        } catch (MustacheException e) {
            throw new TemplateException(describe(key) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Key key) {
        StringBuilder out = new StringBuilder("HTML theme \"").append(key.theme()).append('"');
        key.directory().ifPresent(d -> out.append(", templates from ").append(d));
        key.classpathPrefix().ifPresent(p -> out.append(", templates from classpath:").append(p));
        return out.toString();
    }

    /** The theme's own template, from Broadsheet's jar or, for other themes, the class path. */
    private static URL themeResource(String theme, String name) {
        return resource(THEMES + theme + "/" + name);
    }

    /** A resource from Broadsheet's own module first, then from the context class loader. */
    private static URL resource(String name) {
        URL own = TemplateSet.class.getResource("/" + name);
        if (own != null) {
            return own;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            URL found = context.getResource(name);
            if (found != null) {
                return found;
            }
        }
        ClassLoader loader = TemplateSet.class.getClassLoader();
        return loader == null ? null : loader.getResource(name);
    }

    /** Finds templates in the override folder, the override prefix, the theme, then the shared base. */
    private record Resolver(Key key) implements MustacheResolver {

        @Override
        public Reader getReader(String name) {
            if (!NAME.matcher(name).matches() || name.contains("..")) {
                throw new MustacheException("\"" + name + "\" is not a template name (letters, digits, "
                        + "'_', '-', '.' and '/' folders, without '..')");
            }
            try {
                if (key.directory().isPresent()) {
                    Path root = key.directory().get();
                    Path file = root.resolve(name);
                    if (Files.isRegularFile(file)) {
                        if (!file.toRealPath().startsWith(root.toRealPath())) {
                            throw new MustacheException("template " + file + " leads outside " + root);
                        }
                        return read(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
                List<URL> candidates = new ArrayList<>(3);
                key.classpathPrefix().ifPresent(prefix -> candidates.add(resource(prefix + "/" + name)));
                candidates.add(themeResource(key.theme(), name));
                candidates.add(themeResource(BASE, name));
                for (URL url : candidates) {
                    if (url != null) {
                        try (InputStream in = url.openStream()) {
                            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                return null;
            } catch (IOException e) {
                throw new MustacheException("cannot read the template " + name + ": " + e.getMessage(), e);
            }
        }

        /**
         * The template's text without its final line break, so that a partial on a line of its own
         * ({@code {{> figure}}}) leaves no blank line behind.
         */
        private static Reader read(String text) {
            String body = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            return new StringReader(body);
        }
    }

    /**
     * Mustache.java set up for untrusted templates: values resolved by {@link ViewObjectHandler},
     * escaped by {@link Html#escape(CharSequence, Writer)}, unescaped output ({@code {{{x}}}},
     * {@code {{&x}}}) only for {@link Views.RawHtml}, no pragmas, no dynamic partials.
     */
    private static final class Factory extends DefaultMustacheFactory {

        Factory(MustacheResolver resolver) {
            super(resolver);
            setObjectHandler(new ViewObjectHandler());
            setRecursionLimit(RECURSION_LIMIT);
        }

        @Override
        public void encode(String value, Writer writer) {
            Html.escape(value, writer);
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void value(TemplateContext tc, String variable, boolean encoded) {
                    list.add(encoded ? new ValueCode(tc, df, variable, true) : new RawValueCode(tc, df, variable));
                }

                @Override
                public void pragma(TemplateContext tc, String pragma, String args) {
                    throw new MustacheException("pragmas ({{% " + pragma + "}}) are not supported", tc);
                }

                @Override
                public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                    throw new MustacheException("dynamic partials ({{>*" + variable + "}}) are not supported", tc);
                }
            };
        }
    }

    /** {@code {{{name}}}}: writes a {@link Views.RawHtml} as it is and refuses every other value. */
    private static final class RawValueCode extends ValueCode {

        RawValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable) {
            super(tc, df, variable, false);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            Object value = get(scopes);
            if (value != null && !(value instanceof Views.RawHtml)) {
                throw new MustacheException("{{{" + name + "}}} writes HTML unescaped, which only prepared HTML "
                        + "fragments may be; write {{" + name + "}} instead", tc);
            }
            return super.execute(writer, scopes);
        }
    }
}
