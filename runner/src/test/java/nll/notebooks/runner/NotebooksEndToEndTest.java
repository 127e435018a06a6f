package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Executes every notebook in the project's {@code notebooks/} once through Jupyter on the project's kernel, each
 * code cell run again right after itself ({@link NotebookPass}), and checks for each notebook that it runs to the
 * end, that its committed outputs are what its code produces today, and that every code cell, run a second time
 * in a row as a learner may run it, neither fails nor prints something else.
 */
@Isolated // it runs two notebooks at once itself
@Order(1)
class NotebooksEndToEndTest {
    /** The committed notebooks, beside this module. */
    static final Path NOTEBOOKS = Path.of("../notebooks");

    static final int CELL_TIMEOUT_SECONDS = Integer.getInteger("notebooks.cellTimeout", 300);
    /** Notebooks executing at once; each runs in its own kernel, so their outputs do not depend on this. */
    static final int PARALLELISM = Integer.getInteger("notebooks.parallelism", NotebookExecutor.DEFAULT_PARALLELISM);

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TestFactory
    Stream<DynamicContainer> everyNotebookRunsItsOutputsAreCurrentAndEachCellRunsAgain() {
        List<Path> notebooks = NotebookPass.notebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks found in " + NOTEBOOKS.toAbsolutePath());
        return IntStream.range(0, notebooks.size())
                .mapToObj(i -> DynamicContainer.dynamicContainer(
                        notebooks.get(i).getFileName().toString(),
                        Stream.of(
                                DynamicTest.dynamicTest("runs to the end and its outputs are current", () -> {
                                    NotebookPass.Result result = NotebookPass.result(i);
                                    NotebookExecutor.requireNoErrors(
                                            result.split().executed());
                                    OutputCheck.compare(
                                                    result.committed(),
                                                    result.split().executed())
                                            .ifPresent(message -> fail(message));
                                }),
                                DynamicTest.dynamicTest("each code cell runs again right after itself", () -> {
                                    List<String> problems =
                                            NotebookPass.result(i).split().problems();
                                    assertTrue(
                                            problems.isEmpty(),
                                            notebooks.get(i).getFileName() + ": " + String.join("\n", problems));
                                }))));
    }

    @Test
    void aCellThatCannotRunTwiceIsNamed() {
        String problem = theOneRerunProblem("not-rerunnable.ipynb");
        assertTrue(
                problem.startsWith("cell 3 In [2] `if (names.size() > 1) names = List.copyOf(names);`"
                        + " failed when run again right after itself:\n"),
                problem);
        assertTrue(problem.contains("UnsupportedOperationException"), problem);
    }

    @Test
    void aCellThatPrintsSomethingElseTheSecondTimeIsNamed() {
        String problem = theOneRerunProblem("not-repeatable.ipynb");
        assertTrue(
                problem.startsWith("cell 3 In [2] `System.out.println(++runs);` printed something else"
                        + " when run again right after itself"),
                problem);
        assertTrue(problem.contains("- 1\n+ 2\n"), problem);
    }

    /** The fixture executed with each code cell run again right after itself: it must report exactly one problem. */
    private static String theOneRerunProblem(String fixture) {
        NotebookFile notebook = NotebookFile.read(FIXTURES.resolve(fixture));
        NotebookFile executed = new NotebookExecutor(ProjectKernel.jupyter(), 60)
                .run(RerunCopy.of(notebook), Path.of("target/fixtures-executed-twice"));
        List<String> problems = RerunCopy.split(notebook, executed).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theDoubledCopyHoldsEachCodeCellTwiceAndKeepsTheMarkdown() {
        NotebookFile notebook = NotebookFile.read(FIXTURES.resolve("not-rerunnable.ipynb"));
        NotebookFile doubled = RerunCopy.of(notebook);
        assertEquals(
                List.of("markdown", "code", "code", "code", "code"),
                IntStream.range(0, doubled.cellCount())
                        .mapToObj(doubled::cellType)
                        .toList());
        assertEquals(doubled.source(3), doubled.source(4));
        assertEquals(notebook.path(), doubled.path());
    }
}
