package io.github.broadsheet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The renderers that are registered, looked up by format name. Immutable and thread-safe.
 *
 * <p>{@link #load()} finds every {@link ArticleRenderer} through {@link ServiceLoader}. When two
 * renderers share a name, the first found wins.
 */
public final class RendererRegistry {

    private static final class Default {
        static final RendererRegistry INSTANCE = load(RendererRegistry.class.getClassLoader());
    }

    private final Map<String, ArticleRenderer> byName;
    private final List<ArticleRenderer> ordered;

    private RendererRegistry(List<? extends ArticleRenderer> renderers) {
        Map<String, ArticleRenderer> map = new LinkedHashMap<>();
        for (ArticleRenderer renderer : renderers) {
            map.putIfAbsent(renderer.format().name(), renderer);
        }
        this.byName = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** {@return the registry of the renderers visible to Broadsheet's own class loader, loaded once} */
    public static RendererRegistry defaultRegistry() {
        return Default.INSTANCE;
    }

    /** {@return a registry of the renderers visible to the context class loader} */
    public static RendererRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : RendererRegistry.class.getClassLoader());
    }

    /** {@return a registry of the renderers visible to a class loader} @param loader the loader */
    public static RendererRegistry load(ClassLoader loader) {
        List<ArticleRenderer> found = new ArrayList<>();
        ServiceLoader.load(ArticleRenderer.class, loader).forEach(found::add);
        return new RendererRegistry(found);
    }

    /** {@return a registry of exactly these renderers, in this order} @param renderers the renderers */
    public static RendererRegistry of(List<? extends ArticleRenderer> renderers) {
        return new RendererRegistry(List.copyOf(renderers));
    }

    /** {@return the renderers, in the order they were found} */
    public List<ArticleRenderer> renderers() {
        return ordered;
    }

    /** {@return the renderer of a format, if registered} @param name the format name, any case */
    public Optional<ArticleRenderer> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the renderer of a format}
     *
     * @param name the format name, any case
     * @throws IllegalArgumentException if none is registered; the message lists the known names
     */
    public ArticleRenderer expect(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown output format \"" + name + "\"; known formats: " + names()));
    }

    /** {@return the registered format names, sorted and comma separated} */
    public String names() {
        return String.join(", ", byName.keySet().stream().sorted().toList());
    }

    @Override
    public String toString() {
        return "RendererRegistry" + byName.keySet();
    }
}
