package io.github.broadsheet.printtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a byline into names. */
final class Names {

    /**
     * What separates names: {@code ,} {@code ，} {@code 、} {@code ;} {@code ；} {@code &}
     * {@code ＆} and the word {@code and}, with any spaces around them.
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[,，、;；&＆]\\s*|\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private Names() {}

    /** {@return the names in a byline, in order, blank ones left out} */
    static List<String> split(String byline) {
        List<String> names = new ArrayList<>();
        for (String name : SEPARATOR.split(byline)) {
            String stripped = name.strip();
            if (stripped.toLowerCase(java.util.Locale.ROOT).startsWith("and ")) {
                stripped = stripped.substring(4).strip();
            }
            if (!stripped.isEmpty()) {
                names.add(stripped);
            }
        }
        return names;
    }
}
