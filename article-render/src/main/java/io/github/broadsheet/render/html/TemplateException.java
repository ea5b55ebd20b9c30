package io.github.broadsheet.render.html;

/**
 * An HTML template is missing, cannot be compiled, or asks for something templates may not do
 * (unescaped output of article text, a pragma, a dynamic partial). The message names the theme, the
 * override folder or class path prefix, and the template and line where Mustache.java knows them,
 * such as {@code HTML theme "article", templates from /site/templates: Template figure.mustache not found}.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and where
     * @param cause the Mustache.java exception behind it
     */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
