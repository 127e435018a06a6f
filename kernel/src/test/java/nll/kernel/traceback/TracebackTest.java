package nll.kernel.traceback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nll.kernel.traceback.Traceback.Excerpt;
import nll.kernel.traceback.Traceback.Fault;
import nll.kernel.traceback.Traceback.Frame;
import org.junit.jupiter.api.Test;

class TracebackTest {

    private static final String R = Traceback.RED;
    private static final String E = Traceback.RESET;

    @Test
    void aCompileErrorReadsHeadingPlaceMessageNotesSourceAndCarets() {
        Traceback traceback = new Traceback(
                List.of(new Fault(
                        "compile error",
                        "cell 6, line 1",
                        "cannot find symbol",
                        List.of("  symbol:   variable undefinedName"),
                        new Excerpt("int broken = undefinedName;", 13, 13),
                        List.of(),
                        null)),
                List.of("run the %jars cell first"));
        assertEquals(
                List.of(
                        "compile error: cell 6, line 1: cannot find symbol",
                        "  symbol:   variable undefinedName",
                        "    int broken = undefinedName;",
                        "    " + " ".repeat(13) + "^".repeat(13),
                        "hint: run the %jars cell first"),
                traceback.lines());
        // Only the heading is red; the place, message, source, carets and hint are plain.
        assertEquals(
                R + "compile error" + E + ": cell 6, line 1: cannot find symbol",
                traceback.ansiLines().get(0));
        assertEquals(traceback.lines().subList(1, 5), traceback.ansiLines().subList(1, 5));
    }

    @Test
    void caretsKeepTheSourceLinesTabsSoTheyLineUp() {
        Traceback traceback = Traceback.of(new Fault(
                "compile error",
                "cell 1, line 1",
                "';' expected",
                List.of(),
                new Excerpt("\tint x = 1", 10, 1),
                List.of(),
                null));
        assertEquals("    \t         ^", traceback.lines().get(2));
    }

    @Test
    void anExceptionReadsItsClassMessageFramesRepeatsAndCauses() {
        Fault cause = Fault.exception("java.lang.IllegalStateException", "inner", List.of(), null);
        Traceback traceback = Traceback.of(Fault.exception(
                "java.lang.RuntimeException",
                "outer",
                List.of(new Frame("down (cell 1, line 1)", 1), new Frame("cell 2, line 1", 0)),
                cause));
        assertEquals(
                List.of(
                        R + "java.lang.RuntimeException" + E + ": outer",
                        "\tat down (cell 1, line 1)",
                        "\t... the frame above 1 more time",
                        "\tat cell 2, line 1",
                        "Caused by: " + R + "java.lang.IllegalStateException" + E + ": inner"),
                traceback.ansiLines());
        assertEquals("java.lang.RuntimeException: outer", traceback.firstLine());
    }

    @Test
    void aFaultWithoutMessageIsItsHeadingAlone() {
        assertEquals(
                List.of(R + "java.lang.StackOverflowError" + E),
                Traceback.of(Fault.exception("java.lang.StackOverflowError", null, List.of(), null))
                        .ansiLines());
        assertEquals(
                List.of(R + "the cell's value could not be shown: boom" + E),
                Traceback.of(Fault.line("the cell's value could not be shown: boom", null))
                        .ansiLines());
    }

    @Test
    void aSourceWithoutCaretsIsShownLineByLine() {
        Traceback traceback = Traceback.of(new Fault(
                "compile error",
                "cell 1, line 1",
                "the snippet was rejected",
                List.of(),
                new Excerpt("int a\nint b", 0, 0),
                List.of(),
                null));
        assertEquals(
                List.of("compile error: cell 1, line 1: the snippet was rejected", "    int a", "    int b"),
                traceback.lines());
    }

    @Test
    void aTracebackHasAFault() {
        assertThrows(IllegalArgumentException.class, () -> new Traceback(List.of(), List.of("a hint")));
    }
}
