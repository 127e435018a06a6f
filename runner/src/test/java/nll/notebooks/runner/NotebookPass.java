package nll.notebooks.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one execution of the project's notebooks that the tests share: each notebook executed once through Jupyter
 * on the project's kernel, in a fresh kernel of its own, with each code cell run again right after itself
 * ({@link RerunCopy}). {@link NotebooksEndToEndTest} checks each notebook's outputs and second runs from it, and
 * {@link SiteBrowserEndToEndTest} builds the site from the notebooks it executed. It starts on first use, one
 * notebook per processor at a time, and runs once per test JVM.
 */
final class NotebookPass {
    /** The doubled copies as executed. */
    private static final Path EXECUTED_TWICE = Path.of("target/executed-twice");
    /** The notebooks as executed: each cell's first run, under the committed notebook's file name. */
    static final Path EXECUTED = Path.of("target/executed");

    private static List<Path> notebooks;
    private static List<CompletableFuture<Result>> results;

    private NotebookPass() {}

    /** One notebook of the pass: the committed notebook, and its execution split into first and second runs. */
    record Result(NotebookFile committed, RerunCopy.Split split) {}

    /** The committed notebooks, in file-name order: as many as {@code notebooks/} holds. */
    static synchronized List<Path> notebooks() {
        if (notebooks == null) {
            notebooks = new NotebookDirectory(NotebooksEndToEndTest.NOTEBOOKS).notebooks();
        }
        return notebooks;
    }

    /**
     * Waits for notebook {@code index} of {@link #notebooks()}, starting the pass if it has not started.
     *
     * @throws NotebookFailure if Jupyter could not execute the notebook to its end (a cell timed out)
     */
    static Result result(int index) {
        try {
            // Deadline: every cell of the notebook run twice, each within the per-cell timeout, plus start-up.
            return start().get(index).get(deadlineSeconds(index), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(notebooks().get(index) + " did not finish within its deadline", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while waiting for " + notebooks().get(index), e);
        }
    }

    private static synchronized List<CompletableFuture<Result>> start() {
        if (results == null) {
            List<NotebookFile> committed =
                    notebooks().stream().map(NotebookFile::read).toList();
            NotebookExecutor executor =
                    new NotebookExecutor(ProjectKernel.jupyter(), NotebooksEndToEndTest.CELL_TIMEOUT_SECONDS);
            List<Future<NotebookExecutor.Execution>> runs = executor.executeAll(
                    committed.stream().map(RerunCopy::of).toList(), EXECUTED_TWICE, NotebooksEndToEndTest.PARALLELISM);
            ExecutorService splitter = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "notebook-pass");
                thread.setDaemon(true);
                return thread;
            });
            results = java.util.stream.IntStream.range(0, runs.size())
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                RerunCopy.Split split = RerunCopy.split(
                                        committed.get(i),
                                        NotebookExecutor.await(runs.get(i)).executed());
                                NotebookFile executed = split.executed();
                                Path file =
                                        EXECUTED.resolve(committed.get(i).path().getFileName());
                                executed.write(file);
                                return new Result(
                                        committed.get(i), new RerunCopy.Split(NotebookFile.read(file), split.reruns()));
                            },
                            splitter))
                    .toList();
            splitter.shutdown();
        }
        return results;
    }

    private static long deadlineSeconds(int index) {
        int cells = NotebookFile.read(notebooks().get(index)).cellCount();
        // Notebooks run PARALLELISM at a time, so one may wait for every notebook before it.
        return (long) (index / NotebooksEndToEndTest.PARALLELISM + 1)
                * (2L * NotebooksEndToEndTest.CELL_TIMEOUT_SECONDS * cells + 180);
    }

    private static RuntimeException unwrap(Throwable cause) {
        Throwable inner = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        return inner instanceof RuntimeException runtime ? runtime : new IllegalStateException(inner);
    }
}
