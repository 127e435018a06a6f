package nll.notebooks.runner;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Executes every notebook in the project's {@code notebooks/} through Jupyter on the project's kernel, one test per notebook,
 * and checks that its committed outputs are what its code produces today.
 */
class NotebooksTest {
    /** The committed notebooks, beside this module. */
    static final Path NOTEBOOKS = Path.of("../notebooks");
    static final int CELL_TIMEOUT_SECONDS = Integer.getInteger("notebooks.cellTimeout", 300);
    /** Notebooks executing at once; each runs in its own kernel, so their outputs do not depend on this. */
    static final int PARALLELISM = Integer.getInteger("notebooks.parallelism", NotebookExecutor.DEFAULT_PARALLELISM);

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndItsOutputsAreCurrent() {
        List<Path> notebooks = new NotebookDirectory(NOTEBOOKS).notebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks found in " + NOTEBOOKS.toAbsolutePath());
        NotebookExecutor executor = new NotebookExecutor(ProjectKernel.jupyter(), CELL_TIMEOUT_SECONDS);
        // Every notebook starts at once (PARALLELISM at a time); each test waits for its own notebook.
        List<Future<NotebookExecutor.Execution>> runs = executor.executeAll(notebooks, Path.of("target/executed"), PARALLELISM);
        return IntStream.range(0, notebooks.size()).mapToObj(i -> DynamicTest.dynamicTest(
                notebooks.get(i).getFileName().toString(), () -> {
                    NotebookFile fresh = NotebookExecutor.await(runs.get(i)).executed();
                    OutputCheck.compare(NotebookFile.read(notebooks.get(i)), fresh).ifPresent(message -> fail(message));
                }));
    }
}
