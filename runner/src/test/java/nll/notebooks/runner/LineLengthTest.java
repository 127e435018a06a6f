package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Code cells fit a page without a horizontal scroll bar: no line of code longer than 100 characters. */
class LineLengthTest {
    static final int LIMIT = 100;

    @TestFactory
    Stream<DynamicTest> everyCodeLineFitsOnThePage() {
        List<Path> notebooks = new NotebookDirectory(NotebooksEndToEndTest.NOTEBOOKS).notebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks in " + NotebooksEndToEndTest.NOTEBOOKS.toAbsolutePath());
        return notebooks.stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    List<String> tooLong = tooLongLines(NotebookFile.read(path));
                    assertTrue(
                            tooLong.isEmpty(),
                            path.getFileName() + ": " + tooLong.size() + " code line(s) longer than " + LIMIT
                                    + " characters:\n" + String.join("\n", tooLong));
                }));
    }

    /** Each code line over the limit, as "cell N (…) line L: K characters". */
    static List<String> tooLongLines(NotebookFile notebook) {
        List<String> tooLong = new ArrayList<>();
        for (int cell = 0; cell < notebook.cellCount(); cell++) {
            if (!notebook.cellType(cell).equals("code")) {
                continue;
            }
            String[] lines = notebook.source(cell).split("\n", -1);
            for (int line = 0; line < lines.length; line++) {
                int length = lines[line].codePointCount(0, lines[line].length());
                if (length > LIMIT) {
                    tooLong.add(
                            "  " + notebook.describeCell(cell) + " line " + (line + 1) + ": " + length + " characters");
                }
            }
        }
        return tooLong;
    }
}
