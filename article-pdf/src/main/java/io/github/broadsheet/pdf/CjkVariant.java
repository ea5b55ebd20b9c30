package io.github.broadsheet.pdf;

import java.util.Locale;
import java.util.Optional;

/**
 * The regional glyph forms of a CJK font collection (Noto Sans CJK's {@code SC}, {@code TC},
 * {@code HK}, {@code JP} and {@code KR} faces): the same character is drawn as each region's
 * readers expect it.
 */
enum CjkVariant {
    SC, TC, HK, JP, KR;

    /** {@return the variant of a language}: Simplified Chinese when there is none or it is not CJK */
    static CjkVariant of(Optional<Locale> language) {
        if (language.isEmpty()) {
            return SC;
        }
        Locale l = language.get();
        String script = l.getScript();
        String region = l.getCountry();
        return switch (l.getLanguage()) {
            case "ja" -> JP;
            case "ko" -> KR;
            case "zh", "yue", "cmn" -> {
                if (script.equals("Hans")) {
                    yield SC;
                }
                if (region.equals("HK") || region.equals("MO")) {
                    yield HK;
                }
                yield script.equals("Hant") || region.equals("TW") ? TC : SC;
            }
            default -> SC;
        };
    }

    /** {@return the lower-case tag in Noto CJK font names, such as {@code sc} in {@code NotoSansCJKsc-Regular}} */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return whether a language is written with CJK characters} @param language the language */
    static boolean isCjkLanguage(Optional<Locale> language) {
        return language.map(l -> switch (l.getLanguage()) {
            case "zh", "ja", "ko", "yue", "cmn" -> true;
            default -> false;
        }).orElse(false);
    }
}
