package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.render.HostileArticles;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page description's white space: what the regular expression it replaced did. */
class PageBuilderTest {

    static Stream<String> texts() {
        HostileArticles hostile = new HostileArticles(0xDE5C);
        return Stream.concat(
                Stream.of("", " ", "a", "a b", "a  b", " a\tb \n", "a\r\n\r\nb", "\u000B\f", "a\u00A0 b", "a \u3000 b",
                        "end "),
                IntStream.range(0, 500).mapToObj(i -> hostile.text(1 + i % 12)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void flattensWhiteSpaceAsTheRegularExpressionDid(String text) {
        assertThat(PageBuilder.flatten(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }
}
