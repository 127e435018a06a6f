package nll.notebooks.runner;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A learner runs cells again: every notebook, in a fresh kernel of its own, runs with each code cell executed
 * twice in a row, and no cell may fail the second time. One test per notebook.
 */
class CellRerunTest {
    /**
     * The doubled copies sit one directory below the project's root, as notebooks/ does, so the notebooks'
     * relative paths ({@code ../lib/target/...}, {@code ../data/...}) resolve as they do for the originals.
     */
    private static final Path DOUBLED = Path.of("../target");
    private static final Path EXECUTED = Path.of("target/rerun-executed");

    @TestFactory
    Stream<DynamicTest> everyCodeCellRunsAgainRightAfterItself() {
        List<Path> notebooks = new NotebookDirectory(NotebooksTest.NOTEBOOKS).notebooks();
        List<Path> doubled = notebooks.stream().map(CellRerunTest::doubledCopy).toList();
        NotebookExecutor executor = new NotebookExecutor(ProjectKernel.jupyter(), NotebooksTest.CELL_TIMEOUT_SECONDS);
        List<Future<NotebookExecutor.Execution>> runs = executor.executeAll(doubled, EXECUTED,
                NotebooksTest.PARALLELISM);
        return IntStream.range(0, notebooks.size()).mapToObj(i -> DynamicTest.dynamicTest(
                notebooks.get(i).getFileName().toString(), () -> {
                    try {
                        NotebookExecutor.await(runs.get(i));
                    } catch (NotebookFailure failure) {
                        fail("with each code cell run twice in a row (cell numbers count the code cells twice): "
                                + failure.getMessage());
                    }
                }));
    }

    @Test
    void aCellThatCannotRunTwiceFails() {
        Path notebook = doubledCopy(Path.of("src/test/resources/fixtures/not-rerunnable.ipynb"));
        NotebookFailure failure = assertThrows(NotebookFailure.class, () ->
                new NotebookExecutor(ProjectKernel.jupyter(), 60).execute(notebook, EXECUTED));
        assertTrue(failure.getMessage().contains("cell 4"), failure.getMessage());
        assertTrue(failure.getMessage().contains("UnsupportedOperationException"), failure.getMessage());
    }

    @Test
    void theDoubledCopyHoldsEachCodeCellTwiceAndNoMarkdown() {
        NotebookFile doubled = NotebookFile.read(Path.of("src/test/resources/fixtures/not-rerunnable.ipynb"))
                .withEachCodeCellTwice();
        assertEquals(4, doubled.cellCount());
        assertEquals(doubled.source(2), doubled.source(3));
        assertEquals("code", doubled.cellType(0));
    }

    private static Path doubledCopy(Path notebook) {
        String name = notebook.getFileName().toString().replace(".ipynb", ".twice.ipynb");
        Path copy = DOUBLED.resolve(name);
        NotebookFile.read(notebook).withEachCodeCellTwice().write(copy);
        return copy;
    }
}
