package nll.notebooks.runner;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Executes every notebook in {@code notebooks/} through Jupyter on the project's kernel, one test per notebook,
 * and checks that its committed outputs are what its code produces today.
 */
class NotebooksTest {
    static final int CELL_TIMEOUT_SECONDS = Integer.getInteger("notebooks.cellTimeout", 300);

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndItsOutputsAreCurrent() {
        List<Path> notebooks = new NotebookDirectory(Path.of(".")).notebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks found in " + Path.of(".").toAbsolutePath());
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            NotebookExecutor executor = new NotebookExecutor(ProjectKernel.jupyter(), CELL_TIMEOUT_SECONDS);
            NotebookFile fresh = executor.execute(notebook, Path.of("target/executed"));
            OutputCheck.compare(NotebookFile.read(notebook), fresh).ifPresent(message -> fail(message));
        }));
    }
}
