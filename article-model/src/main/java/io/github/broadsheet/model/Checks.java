package io.github.broadsheet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
    private Checks() {}

    static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static Optional<String> optionalNotBlank(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        value.ifPresent(v -> {
            if (v.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank; leave it out instead");
            }
        });
        return value;
    }

    /** Copies a list, rejecting null elements with a message that names the list and the index. */
    static <T> List<T> copy(List<? extends T> list, String name) {
        Objects.requireNonNull(list, name);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] is null");
            }
        }
        return List.copyOf(list);
    }

    static List<String> copyNotBlank(List<String> list, String name) {
        List<String> copy = copy(list, name);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank()) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be blank");
            }
        }
        return copy;
    }

    static List<Inline> content(List<? extends Inline> content, String owner) {
        List<Inline> copy = copy(content, owner + " content");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(owner + " must have content");
        }
        return copy;
    }
}
