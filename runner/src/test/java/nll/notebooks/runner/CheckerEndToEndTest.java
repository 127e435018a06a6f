package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The notebook checker itself, proved on fixture notebooks that are stale, fail or hang. */
@Order(6)
class CheckerEndToEndTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path OUT = Path.of("target/fixtures-executed");

    /** One execution of the stale fixture: its fresh run differs from the committed outputs, not from itself. */
    @Test
    void aStaleOutputIsReportedWithItsCellAndTheDifferenceAndAFreshRunMatchesItself() {
        Path notebook = FIXTURES.resolve("stale.ipynb");
        NotebookFile fresh = new NotebookExecutor(ProjectKernel.jupyter(), 60).execute(notebook, OUT);
        String message = OutputCheck.compare(NotebookFile.read(notebook), fresh).orElseThrow();
        assertTrue(message.startsWith("stale.ipynb: 1 cell(s) differ from a fresh run"), message);
        assertTrue(message.contains("cell 2 In [1] `System.out.println(6 * 7);` has stale outputs"), message);
        assertTrue(message.contains("- 41\n+ 42\n"), message);
        assertEquals(java.util.Optional.empty(), OutputCheck.compare(fresh, fresh));
    }

    @Test
    void aFailingCellNamesTheNotebookTheCellAndTheError() {
        NotebookFailure failure = assertThrows(
                NotebookFailure.class,
                () -> new NotebookExecutor(ProjectKernel.jupyter(), 60)
                        .execute(FIXTURES.resolve("failing.ipynb"), OUT));
        String message = failure.getMessage();
        assertTrue(
                message.startsWith("failing.ipynb: cell 2 In [2] `Integer.parseInt(\"forty-two\")` failed:"), message);
        assertTrue(message.contains("NumberFormatException"), message);
        assertTrue(message.contains("forty-two"), message);
    }

    @Test
    void aHangingCellFailsAtThePerCellTimeout() {
        NotebookFailure failure = assertThrows(
                NotebookFailure.class,
                () -> new NotebookExecutor(ProjectKernel.jupyter(), 5).execute(FIXTURES.resolve("hanging.ipynb"), OUT));
        assertEquals(
                "hanging.ipynb: cell 2 `while (true) {` ran past the per-cell timeout of 5 s", failure.getMessage());
    }

    @Test
    void missingJupyterFailsWithTheInstallCommands() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> Jupyter.locate(ProjectKernel.DATA_DIR, ProjectKernel.WORK_DIR, "/nonexistent/jupyter"));
        assertTrue(
                failure.getMessage().contains("apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient"),
                failure.getMessage());
    }
}
