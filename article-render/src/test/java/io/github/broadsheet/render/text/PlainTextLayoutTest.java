package io.github.broadsheet.render.text;

import io.github.broadsheet.render.Fixtures;
import io.github.broadsheet.render.HostileArticles;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lays out every fixture at several widths, and a few hundred hostile generated articles at random
 * widths, and checks each against {@link TextLayoutAssert}: lines fit, no character is lost.
 */
class PlainTextLayoutTest {

    private static final int GENERATED = Integer.getInteger("broadsheet.generated", 300);
    private static final long SEED = 0x706C61696E746578L; // "plaintex"

    static Stream<Arguments> fixturesAtWidths() {
        return Fixtures.files().stream().flatMap(file -> IntStream.of(20, 33, 72, 100)
                .mapToObj(width -> Arguments.of(Named.of(Fixtures.name(file), file), width)));
    }

    static IntStream seeds() {
        return IntStream.range(0, GENERATED);
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @MethodSource("fixturesAtWidths")
    void everyFixtureFitsItsWidthAndKeepsEveryCharacter(Path file, int width) {
        TextLayoutAssert.assertLaidOut(Fixtures.read(file), width);
    }

    @ParameterizedTest(name = "generated article {0}")
    @MethodSource("seeds")
    void hostileArticlesFitTheirWidthAndKeepEveryCharacter(int index) {
        int width = 20 + new Random(SEED - index).nextInt(101);
        TextLayoutAssert.assertLaidOut(new HostileArticles(SEED + index).article(), width);
    }
}
