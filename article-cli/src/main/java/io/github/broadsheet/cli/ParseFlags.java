package io.github.broadsheet.cli;

import io.github.broadsheet.parse.ParseOptions;
import picocli.CommandLine.Option;

/** The parser options shared by {@code convert} and {@code validate}. */
final class ParseFlags {

    @Option(names = "--day-first", description = "Read numeric dates such as 4/12/2022 day-first (12 April). "
            + "Default: month-first (December 4).")
    boolean dayFirst;

    @Option(names = "--lenient", description = "Skip input the format does not define, such as an unknown JSON "
            + "field, with a warning. Default: it is an error.")
    boolean lenient;

    /** {@return the parser options the flags name} */
    ParseOptions toOptions() {
        return ParseOptions.builder().dayFirst(dayFirst).strict(!lenient).build();
    }
}
