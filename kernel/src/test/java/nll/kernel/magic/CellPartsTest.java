package nll.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellPartsTest {

    @Test
    void magicLinesSplitTheCodeAndKeepLineNumbers() {
        List<CellParts.Part> parts = CellParts.split("int a = 1;\n%jars x.jar y.jar\n\nint b = 2;\nint c = 3;");
        assertEquals(
                List.of(
                        new CellParts.Code("int a = 1;\n", 1),
                        new CellParts.LineMagic("jars", List.of("x.jar", "y.jar"), 2),
                        new CellParts.Code("\nint b = 2;\nint c = 3;\n", 3)),
                parts);
    }

    @Test
    void aCellMagicTakesTheWholeCell() {
        assertEquals(
                List.of(new CellParts.CellMagic("time", List.of("-q"), "int a = 1;\n%jars z.jar", 1)),
                CellParts.split("%%time -q\nint a = 1;\n%jars z.jar"));
    }

    @Test
    void aPercentSignInsideCodeIsNotAMagic() {
        assertEquals(
                List.of(new CellParts.Code("int r = 7 % 3;\nString f = \"%d\";\n", 1)),
                CellParts.split("int r = 7 % 3;\nString f = \"%d\";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "String report = \"\"\"\n    %s scored %d\n    \"\"\".formatted(\"Ann\", 3);",
                "long rest = 17\n%modulus;",
                "void f() {\n%jars inside.jar\n}",
                "/* a comment\n%jars commented.jar\n*/ int x = 1;",
                "String s = \"\\\"\" + \"x\"\n%jars continued.jar"
            })
    void aPercentLineWhereNoMagicCanBeIsJava(String cell) {
        assertEquals(List.of(new CellParts.Code(cell + "\n", 1)), CellParts.split(cell));
        assertEquals(cell, CellParts.blankMagicLines(cell));
    }

    @Test
    void aMagicLineFollowsAFinishedStatementOrBlock() {
        String cell = "String t = \"\"\"\n  %d\n  \"\"\";\n%jars a.jar\nvoid f() { }\n  %classpath b";
        assertEquals(
                List.of(
                        new CellParts.Code("String t = \"\"\"\n  %d\n  \"\"\";\n", 1),
                        new CellParts.LineMagic("jars", List.of("a.jar"), 4),
                        new CellParts.Code("void f() { }\n", 5),
                        new CellParts.LineMagic("classpath", List.of("b"), 6)),
                CellParts.split(cell));
    }

    @Test
    void argumentsSplitAtWhitespaceWithQuotesAndEscapes() {
        assertEquals(
                List.of("a b.jar", "c.jar", "d e.jar", "f\"g"),
                CellParts.splitArguments("  \"a b.jar\"   c.jar d\\ e.jar f\\\"g "));
        assertEquals(List.of(""), CellParts.splitArguments("\"\""));
        IllegalArgumentException unclosed =
                assertThrows(IllegalArgumentException.class, () -> CellParts.splitArguments("\"open.jar"));
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
