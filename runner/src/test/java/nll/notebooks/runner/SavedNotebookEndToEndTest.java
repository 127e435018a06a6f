package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nll.process.CommandResult;
import nll.process.Programs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Opening a notebook in Jupyter, running it and saving it must leave the committed file's metadata as it is:
 * the setup notebook is executed on the installed kernel and written the way Jupyter's save writes it, and
 * every committed notebook's metadata must equal what that save wrote.
 */
@Order(7)
class SavedNotebookEndToEndTest {
    private static final Path SAVE_SCRIPT = Path.of("src/test/resources/save_as_jupyter_does.py");
    private static final Path SAVED = Path.of("target/saved/00-setup.ipynb");

    @TestFactory
    Stream<DynamicTest> everyNotebookCarriesTheMetadataASaveWrites() throws Exception {
        Jupyter jupyter = ProjectKernel.jupyter();
        Files.createDirectories(SAVED.getParent());
        Path setup = NotebooksEndToEndTest.NOTEBOOKS.resolve("00-setup.ipynb");
        // The Python that runs Jupyter, found as the runner finds Jupyter: it imports nbclient and nbformat.
        List<String> command = new ArrayList<>(Programs.jupyterPython(jupyter.environment()));
        command.addAll(List.of(
                SAVE_SCRIPT.toAbsolutePath().toString(),
                setup.toAbsolutePath().toString(),
                SAVED.toAbsolutePath().toString()));
        CommandResult save = jupyter.command(command, Path.of(""), null, 600);
        assertEquals(0, save.exitCode(), "saving " + setup + " as Jupyter does failed:\n" + save.stderr());
        assertTrue(Files.isRegularFile(SAVED), "the save wrote no " + SAVED);
        String written = NotebookFile.read(SAVED).metadata().toString();
        List<Path> notebooks = new NotebookDirectory(NotebooksEndToEndTest.NOTEBOOKS).notebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks in " + NotebooksEndToEndTest.NOTEBOOKS.toAbsolutePath());
        return notebooks.stream()
                .map(notebook -> DynamicTest.dynamicTest(
                        notebook.getFileName().toString(),
                        () -> assertEquals(
                                written,
                                NotebookFile.read(notebook).metadata().toString(),
                                notebook.getFileName()
                                        + ": its committed metadata is not what saving it in Jupyter writes")));
    }
}
