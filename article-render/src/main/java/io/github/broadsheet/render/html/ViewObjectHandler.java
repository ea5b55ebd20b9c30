package io.github.broadsheet.render.html;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * The accessors of each view record, by component name, each made once into a function (a
     * reflective call on every lookup cost more than the rest of the lookup); empty for every other
     * class.
     */
    private static final ClassValue<Map<String, Function<Object, Object>>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            if (!type.isRecord() || type.getEnclosingClass() != Views.class) {
                return Map.of();
            }
            Map<String, Function<Object, Object>> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), accessor(component));
            }
            return Map.copyOf(accessors);
        }
    };

    /** {@return a view record component's accessor as a function} */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(RecordComponent component) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        Class<?> type = component.getType();
        Class<?> boxed = type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
        try {
            MethodHandle getter = lookup.unreflect(component.getAccessor());
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), getter,
                    MethodType.methodType(boxed, component.getDeclaringRecord())).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make an accessor of the view component " + component, e);
        }
    }

    @Override
    public Wrapper find(String name, List<Object> scopes) {
        if (name == null) {
            return current -> null;
        }
        String[] path = name.split("\\.", -1);
        Lookup[] lookups = new Lookup[path.length];
        for (int p = 0; p < path.length; p++) {
            lookups[p] = new Lookup(path[p]);
        }
        return current -> {
            for (int i = current.size() - 1; i >= 0; i--) {
                Object value = lookups[0].member(current.get(i));
                if (value == NOT_FOUND) {
                    continue;
                }
                for (int p = 1; p < lookups.length && value != null; p++) {
                    value = lookups[p].member(coerce(value));
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

    /**
     * One name of a lookup, which remembers its accessor in the class of value it read last (a name
     * is nearly always looked up in the same view). Thread-safe: what it remembers is one immutable
     * object.
     */
    private static final class Lookup {
        private final String name;
        private Accessor last = new Accessor(Lookup.class, null);

        Lookup(String name) {
            this.name = name;
        }

        /** {@return a view record's component or a map's entry, or {@code NOT_FOUND}} */
        Object member(Object scope) {
            if (scope == null) {
                return NOT_FOUND;
            }
            if (scope instanceof Map<?, ?> map) {
                Object value = map.get(name);
                return value != null || map.containsKey(name) ? value : NOT_FOUND;
            }
            Accessor accessor = last;
            if (accessor.type() != scope.getClass()) {
                accessor = new Accessor(scope.getClass(), COMPONENTS.get(scope.getClass()).get(name));
                last = accessor;
            }
            return accessor.read() == null ? NOT_FOUND : accessor.read().apply(scope);
        }
    }

    /** A class and its accessor of one name, or null where it has none. */
    private record Accessor(Class<?> type, Function<Object, Object> read) {}
}
