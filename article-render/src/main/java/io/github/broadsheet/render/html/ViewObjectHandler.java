package io.github.broadsheet.render.html;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How templates find values: by the component names of the records in {@link Views}, and by key in
 * the maps those records hold, and in no other way. Mustache.java's default handler calls any
 * method or reads any field a template names; this one cannot reach a method that is not a view
 * record's accessor, so a user's template cannot call into Java ({@code {{class}}},
 * {@code {{title.bytes}}}, {@code {{toString}}} all find nothing). Values are written as text only
 * when they are strings, numbers, booleans or {@link Views.RawHtml}; other objects write nothing.
 * Immutable and thread-safe.
 */
final class ViewObjectHandler extends AbstractObjectHandler {

    /** The accessors of each view record, by component name; empty for every other class. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || type.getEnclosingClass() != Views.class) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Wrapper find(String name, List<Object> scopes) {
        if (name == null) {
            return current -> null;
        }
        String[] path = name.split("\\.", -1);
        return current -> {
            for (int i = current.size() - 1; i >= 0; i--) {
                Object value = member(current.get(i), path[0]);
                if (value == NOT_FOUND) {
                    continue;
                }
                for (int p = 1; p < path.length && value != null; p++) {
                    value = member(coerce(value), path[p]);
                    if (value == NOT_FOUND) {
                        return null;
                    }
                }
                return coerce(value);
            }
            return null;
        };
    }

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        Wrapper wrapper = find(name, null);
        return wrapper::call;
    }

    @Override
    public String stringify(Object object) {
        return switch (object) {
            case CharSequence text -> text.toString();
            case Number number -> number.toString();
            case Boolean flag -> flag.toString();
            case Views.RawHtml raw -> raw.html();
            default -> "";
        };
    }

    /** {@return a view record's component or a map's entry, or {@code NOT_FOUND}} */
    private static Object member(Object scope, String name) {
        if (scope == null) {
            return NOT_FOUND;
        }
        if (scope instanceof Map<?, ?> map) {
            Object value = map.get(name);
            return value != null || map.containsKey(name) ? value : NOT_FOUND;
        }
        Method accessor = COMPONENTS.get(scope.getClass()).get(name);
        if (accessor == null) {
            return NOT_FOUND;
        }
        try {
            return accessor.invoke(scope);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new MustacheException("cannot read \"" + name + "\" of " + scope.getClass().getSimpleName(), e);
        }
    }
}
