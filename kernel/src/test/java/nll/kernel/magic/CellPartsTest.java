package nll.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellPartsTest {

    @Test
    void magicLinesSplitTheCodeAndKeepLineNumbers() {
        List<CellParts.Part> parts = CellParts.split("int a = 1;\n%jars x.jar y.jar\n\nint b = 2;\nint c = 3;");
        assertEquals(List.of(
                new CellParts.Code("int a = 1;\n", 1),
                new CellParts.LineMagic("jars", List.of("x.jar", "y.jar"), 2),
                new CellParts.Code("\nint b = 2;\nint c = 3;\n", 3)), parts);
    }

    @Test
    void aCellMagicTakesTheWholeCell() {
        assertEquals(List.of(new CellParts.CellMagic("time", List.of("-q"), "int a = 1;\n%jars z.jar", 1)),
                CellParts.split("%%time -q\nint a = 1;\n%jars z.jar"));
    }

    @Test
    void aPercentSignInsideCodeIsNotAMagic() {
        assertEquals(List.of(new CellParts.Code("int r = 7 % 3;\nString f = \"%d\";\n", 1)),
                CellParts.split("int r = 7 % 3;\nString f = \"%d\";"));
    }

    @Test
    void argumentsSplitAtWhitespaceWithQuotesAndEscapes() {
        assertEquals(List.of("a b.jar", "c.jar", "d e.jar", "f\"g"),
                CellParts.splitArguments("  \"a b.jar\"   c.jar d\\ e.jar f\\\"g "));
        assertEquals(List.of(""), CellParts.splitArguments("\"\""));
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> CellParts.splitArguments("\"open.jar"));
        assertEquals("unclosed double quote in magic arguments: \"open.jar", unclosed.getMessage());
    }

    @Test
    void blankingMagicLinesKeepsEveryOffset() {
        String cell = "%jars a.jar\nint x = 1;\n  %classpath dir\nx";
        String blanked = CellParts.blankMagicLines(cell);
        assertEquals(cell.length(), blanked.length());
        assertEquals("           \nint x = 1;\n                \nx", blanked);
    }
}
