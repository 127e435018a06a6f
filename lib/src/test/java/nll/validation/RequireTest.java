package nll.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequireTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("counts = null must be a bigram count matrix", (Executable)
                        () -> Require.nonNull("counts", null, "a bigram count matrix")),
                Arguments.of("title = null must be a non-blank text", (Executable) () -> Require.text("title", null)),
                Arguments.of("title = ' ' must be a non-blank text", (Executable) () -> Require.text("title", " ")),
                Arguments.of("x = NaN is not a number", (Executable) () -> Require.notNaN("x", Double.NaN)),
                Arguments.of(
                        "alpha = -1.0 must be finite and >= 0", (Executable) () -> Require.nonNegative("alpha", -1.0)),
                Arguments.of("alpha = NaN must be finite and >= 0", (Executable)
                        () -> Require.nonNegative("alpha", Double.NaN)),
                Arguments.of("alpha = Infinity must be finite and >= 0", (Executable)
                        () -> Require.nonNegative("alpha", Double.POSITIVE_INFINITY)),
                Arguments.of("n = -1 must be >= 0", (Executable) () -> Require.nonNegative("n", -1)),
                Arguments.of("count = -3 must be >= 0", (Executable) () -> Require.nonNegative("count", -3L)),
                Arguments.of("rate = 0.0 must be > 0 and finite", (Executable) () -> Require.positive("rate", 0.0)),
                Arguments.of(
                        "rate = NaN must be > 0 and finite", (Executable) () -> Require.positive("rate", Double.NaN)),
                Arguments.of("i = 27 must be in [0, 26]", (Executable) () -> Require.index("i", 27, 27)),
                Arguments.of("i = -1 must be in [0, 26]", (Executable) () -> Require.index("i", -1, 27)),
                Arguments.of("heads = 11 must be in [0, flips = 10]", (Executable)
                        () -> Require.countOf("heads", 11, "flips", 10)),
                Arguments.of(
                        "from = 1.0 must be < to = 1.0", (Executable) () -> Require.increasing("from", 1, "to", 1)),
                Arguments.of(
                        "x.length = 1 must equal y.length = 2", (Executable) () -> Require.sameLength("x", 1, "y", 2)),
                Arguments.of("models = null must be an array", (Executable)
                        () -> Require.nonEmpty("models", null, "distribution")),
                Arguments.of("models is empty (length 0); at least one distribution is required", (Executable)
                        () -> Require.nonEmpty("models", new String[0], "distribution")),
                Arguments.of("models[1] = null must be a distribution", (Executable)
                        () -> Require.nonEmpty("models", new String[] {"N(0, 1)", null}, "distribution")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueIsRejectedWithItsNameAndValue(String message, Executable check) {
        assertEquals(
                message, assertThrows(IllegalArgumentException.class, check).getMessage());
    }

    @Test
    void everyCheckReturnsTheValueItChecks() {
        Object value = new Object();
        double[] finite = {1, 2};
        float[] finiteFloats = {1f};
        int[] binary = {0, 1};
        double[] probabilities = {0.5, 1};
        String[] names = {"emma"};
        assertAll(
                () -> assertSame(value, Require.nonNull("v", value, "an object")),
                () -> assertEquals("t", Require.text("t", "t")),
                () -> assertEquals(Double.POSITIVE_INFINITY, Require.notNaN("x", Double.POSITIVE_INFINITY)),
                () -> assertEquals(0.0, Require.nonNegative("a", 0.0)),
                () -> assertEquals(0, Require.nonNegative("n", 0)),
                () -> assertEquals(5L, Require.nonNegative("n", 5L)),
                () -> assertEquals(0.5, Require.positive("r", 0.5)),
                () -> assertEquals(3, Require.positive("n", 3)),
                () -> assertEquals(-2.0, Require.finite("x", -2.0)),
                () -> assertEquals(1.0, Require.probability("p", 1.0)),
                () -> assertEquals(4, Require.countOf("heads", 4, "flips", 10)),
                () -> assertEquals(26, Require.index("i", 26, 27)),
                () -> assertEquals(-1.0, Require.increasing("from", -1, "to", 1)),
                () -> assertEquals(2, Require.sameLength("x", 2, "y", 2)),
                () -> assertSame(finite, Require.finiteValues("x", finite)),
                () -> assertSame(finiteFloats, Require.finiteValues("x", finiteFloats)),
                () -> assertSame(probabilities, Require.probabilities("p", probabilities)),
                () -> assertSame(binary, Require.binary("b", binary)),
                () -> assertSame(names, Require.nonEmpty("names", names, "name")));
    }
}
