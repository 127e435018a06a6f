package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotebookFileTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** The fixtures were written by Jupyter's own nbformat.write; writing them back must not change a byte. */
    @ParameterizedTest
    @ValueSource(strings = {"stale.ipynb", "failing.ipynb", "hanging.ipynb"})
    void writesNotebooksByteForByteAsJupyterDoes(String name, @TempDir Path temp) throws IOException {
        Path copy = temp.resolve(name);
        NotebookFile.read(FIXTURES.resolve(name)).write(copy);
        assertEquals(Files.readString(FIXTURES.resolve(name)), Files.readString(copy));
    }

    @Test
    void mergesConsecutiveStreamOutputsOfTheSameStream(@TempDir Path temp) throws IOException {
        Path notebook = temp.resolve("streams.ipynb");
        Files.writeString(notebook, """
                {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {"execution": {"t": "x"}},
                  "source": "x", "outputs": [
                    {"output_type": "stream", "name": "stdout", "text": ["step 1\\n"]},
                    {"output_type": "stream", "name": "stdout", "text": "step 2\\n"},
                    {"output_type": "stream", "name": "stderr", "text": "warning\\n"},
                    {"output_type": "stream", "name": "stdout", "text": ["done\\n"]}]}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
                """, StandardCharsets.UTF_8);
        List<CellOutput> outputs =
                NotebookFile.read(notebook).withCoalescedStreams().outputs(0);
        assertEquals(
                List.of(
                        new CellOutput("stdout", "step 1\nstep 2\n", false),
                        new CellOutput("stderr", "warning\n", false),
                        new CellOutput("stdout", "done\n", false)),
                outputs);
    }

    @Test
    void rejectsAFileThatIsNotANotebook(@TempDir Path temp) throws IOException {
        Path notANotebook = temp.resolve("broken.ipynb");
        Files.writeString(notANotebook, "{\"cells\": [", StandardCharsets.UTF_8);
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> NotebookFile.read(notANotebook));
        assertTrue(error.getMessage().contains("broken.ipynb is not valid JSON"), error.getMessage());
    }

    @Test
    void showsOnlyTheLinesThatChanged() {
        assertEquals("  a\n  b\n- c\n+ C\n  d\n", LineDiff.between("a\nb\nc\nd", "a\nb\nC\nd"));
    }
}
