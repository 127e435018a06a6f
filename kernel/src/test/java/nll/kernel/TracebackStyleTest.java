package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TracebackStyleTest {

    private static final String R = TracebackStyle.RED;
    private static final String E = TracebackStyle.RESET;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // The exception's class is the heading; its message is plain.
            "java.lang.NumberFormatException: For input string: \"x\"|R:java.lang.NumberFormatException|: For input string: \"x\"",
            "java.lang.StackOverflowError|R:java.lang.StackOverflowError|",
            "Caused by: java.lang.IllegalStateException: inner|Caused by: R:java.lang.IllegalStateException|: inner",
            // "compile error" is the heading; the location and message are plain.
            "compile error: cell 6, line 1: cannot find symbol|R:compile error|: cell 6, line 1: cannot find symbol",
            "%jars: no file matches 'x.jar'|R:%jars|: no file matches 'x.jar'",
            // A heading of several words before the first colon is a sentence: all of it is red.
            "the cell's value could not be shown: boom|R:the cell's value could not be shown: boom|"})
    void theHeadingIsRedAndTheRestPlain(String line, String styledStart, String plainRest) {
        // "R:" marks where the red starts; it ends before the plain rest (empty when the CSV field is empty).
        String expected = styledStart.replace("R:", R) + E + (plainRest == null ? "" : plainRest);
        assertEquals(expected, TracebackStyle.ansi(List.of(line)).get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`\tat cell 5, line 1`", "`    int broken = undefinedName;`", "`                 ^^^^^^^^^^^^^`",
            "`  symbol:   variable undefinedName`", "hint: run the %jars cell first", "``"})
    void framesSourceLinesCaretsAndHintsStayPlain(String line) {
        assertEquals(line, TracebackStyle.ansi(List.of(line)).get(0));
    }
}
