package io.github.broadsheet.render.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.PartialCode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Set<BuiltInPartials> inJava;

    private TemplateSet(Key key, Mustache page, Set<BuiltInPartials> inJava) {
        this.key = key;
        this.page = page;
        this.inJava = inJava;
    }

    /**
     * {@return the compiled templates}
     *
     * @param key the theme and overrides
     * @param builtInPartials whether the shared body templates that are not overridden are written by
     *     {@link BuiltInPartials} (always, except in the tests that compare both ways)
     * @throws IllegalArgumentException if the theme does not exist or an override folder is missing
     * @throws TemplateException if a template is missing or cannot be compiled
     */
    static TemplateSet compile(Key key, boolean builtInPartials) {
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
        Resolver resolver = new Resolver(key);
        Map<String, BuiltInPartials> inJava = new HashMap<>();
        if (builtInPartials) {
            for (BuiltInPartials partial : BuiltInPartials.values()) {
                if (partial.templates().stream().allMatch(name -> resolver.isShared(name + ".mustache"))) {
                    inJava.put(partial.template(), partial);
                }
            }
        }
        Factory factory = new Factory(resolver, Map.copyOf(inJava));
        try {
            return new TemplateSet(key, factory.compile(PAGE), Set.copyOf(inJava.values()));
        } catch (MustacheException e) {
            throw new TemplateException(describe(key) + ": " + e.getMessage(), e);
        }
    }

    /** {@return the partials written in Java instead of by their templates} */
    Set<BuiltInPartials> inJava() {
        return inJava;
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
                Optional<Path> file = overrideFile(name);
                if (file.isPresent()) {
                    Path root = key.directory().orElseThrow();
                    if (!file.get().toRealPath().startsWith(root.toRealPath())) {
                        throw new MustacheException("template " + file.get() + " leads outside " + root);
                    }
                    return read(Files.readString(file.get(), StandardCharsets.UTF_8));
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
         * {@return whether a template is the shared one}: {@link #getReader(String)} reads it from
         * {@value #BASE}, as neither the override folder, nor the override class path prefix, nor
         * the theme has one of that name
         */
        boolean isShared(String name) {
            return overrideFile(name).isEmpty()
                    && key.classpathPrefix().map(prefix -> resource(prefix + "/" + name)).isEmpty()
                    && themeResource(key.theme(), name) == null
                    && themeResource(BASE, name) != null;
        }

        /** {@return the override folder's file of a template, when there is one} */
        private Optional<Path> overrideFile(String name) {
            return key.directory().map(root -> root.resolve(name)).filter(Files::isRegularFile);
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

        /** The partials written by {@link BuiltInPartials}, by template file name. */
        private final Map<String, BuiltInPartials> inJava;

        Factory(MustacheResolver resolver, Map<String, BuiltInPartials> inJava) {
            super(resolver);
            this.inJava = inJava;
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
                public void partial(TemplateContext tc, String variable, String indent) {
                    // As the default visitor does, with a code that may write the partial in Java.
                    TemplateContext partialTc = new TemplateContext("{{", "}}", tc.file(), tc.line(), tc.startOfLine());
                    list.add(new BuiltInPartialCode(partialTc, df, variable, inJava));
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

    /**
     * {@code {{> name}}}: writes the partial with {@link BuiltInPartials} when it is one of those
     * and the current value is the view it is written for; otherwise runs the template.
     */
    private static final class BuiltInPartialCode extends PartialCode {

        /** The partial in Java, or null where the template has to run. */
        private final BuiltInPartials inJava;

        BuiltInPartialCode(TemplateContext tc, DefaultMustacheFactory df, String variable,
                Map<String, BuiltInPartials> inJava) {
            super(tc, df, variable);
            this.inJava = inJava.get(partialName());
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (inJava == null || scopes.isEmpty() || !inJava.writes(scopes.get(scopes.size() - 1))) {
                return super.execute(writer, scopes);
            }
            Object value = scopes.get(scopes.size() - 1);
            if (writer instanceof PageWriter page) {
                inJava.write(value, page.buffer());
            } else {
                StringBuilder out = new StringBuilder();
                inJava.write(value, out);
                try {
                    writer.append(out);
                } catch (IOException e) {
                    throw new MustacheException("Failed to write", e, tc);
                }
            }
            return appendText(writer);
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
