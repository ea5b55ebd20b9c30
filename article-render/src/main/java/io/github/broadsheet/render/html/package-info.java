/**
 * The HTML renderer: {@link io.github.broadsheet.render.html.HtmlRenderer} turns an article into one
 * self-contained HTML5 page through Mustache.java templates.
 *
 * <h2>Themes and templates</h2>
 * A theme is a folder of templates on the class path,
 * {@code io/github/broadsheet/render/html/themes/NAME/}, that has at least a {@code page.mustache};
 * every template it lacks comes from the shared folder {@code themes/base/}. Broadsheet ships
 * {@code article} (a responsive web page) and {@code print} (the print view, with print and close
 * buttons that printing hides). The templates, each replaceable on its own:
 * <ul>
 *   <li>{@code page.mustache} (per theme): the document; {@code header.mustache} and
 *       {@code footer.mustache} (per theme); {@code style.css} (per theme) and {@code base.css} (shared);
 *       {@code head.mustache}: title, description, Open Graph, JSON-LD;</li>
 *   <li>{@code block.mustache} picks one partial per block: {@code paragraph}, {@code heading},
 *       {@code figure}, {@code quote}, {@code list};</li>
 *   <li>{@code inline.mustache} picks one partial per inline node: {@code text}, {@code emphasis},
 *       {@code strong}, {@code link}, {@code linebreak}.</li>
 * </ul>
 * A template's final line break is dropped, so a partial on a line of its own leaves no blank line.
 *
 * <h2>Overriding</h2>
 * {@link io.github.broadsheet.render.RenderOptions#templateDirectory()} and
 * {@link io.github.broadsheet.render.RenderOptions#templateClasspathPrefix()} name a folder whose
 * templates replace the theme's of the same name, one by one; the folder comes first, then the class
 * path prefix, then the theme, then {@code base}. A renderer compiles each combination of theme and
 * overrides once, on first use, and keeps it: edit a template, then make a new renderer. The shared
 * body templates ({@code block} and the partials it calls) are written by Java code that writes
 * exactly what they write, for speed, wherever no override or theme replaces them; a replaced template
 * is always run, and so is every shared template that calls it.
 *
 * <h2>What templates see</h2>
 * The page: {@code lang}, {@code rtl}, {@code title}, {@code subtitle}, {@code section}, {@code source},
 * {@code sourceLine} ({@code Source: …}), {@code byline} ({@code By …}), {@code authors},
 * {@code date} ({@code iso}, {@code display}, {@code label}, {@code labelAfter}), {@code hasDateline}
 * (a source or a date), {@code hasMeta} (a byline, source or date), {@code url},
 * {@code canonicalUrl}, {@code description}, {@code tags}, {@code hasTags}, {@code hasFooter}, {@code blocks},
 * {@code labels} (every label whose key is one word, such as {@code labels.print}),
 * {@code controlsScript}, {@code jsonLd}, {@code openGraph}
 * ({@code property}, {@code content}), {@code generator}. A block has one of {@code paragraph}
 * ({@code content}), {@code heading} ({@code level}, {@code id}, {@code text}, {@code content}),
 * {@code figure} ({@code image} with {@code src} and {@code alt}, {@code caption}, {@code credit},
 * {@code hasCaption}, {@code creditOnly}), {@code quote} ({@code content}, {@code attribution}),
 * {@code list} ({@code ordered}, {@code items}, each with {@code content}). An inline node has one
 * of {@code text}, {@code emphasis} and {@code strong} ({@code content}), {@code link}
 * ({@code href}, {@code title}, {@code content}), or {@code lineBreak}.
 *
 * <h2>Safety</h2>
 * Templates are logic-less and cannot call Java: they read the view's values and nothing else.
 * {@code {{value}}} is always escaped; {@code {{{value}}}} writes only fragments Broadsheet itself
 * prepared ({@code jsonLd}, {@code controlsScript}) and fails on anything else. Link and image
 * addresses are kept only for {@code http}, {@code https}, {@code mailto} and relative references;
 * other addresses are dropped (a link keeps its text) and reported as
 * {@link io.github.broadsheet.render.RenderWarning}s with the article path, such as
 * {@code body[3].content[1]}. The only script is the print view's, a constant whose hash
 * {@link io.github.broadsheet.render.html.HtmlRenderer#CONTROLS_SCRIPT_HASH} a site can allow in its
 * content security policy; it uses no event handler attributes, and the buttons stay hidden where it
 * cannot run. Templates must quote attribute values ({@code href="{{href}}"}).
 */
package io.github.broadsheet.render.html;
