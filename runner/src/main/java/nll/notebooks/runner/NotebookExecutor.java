package nll.notebooks.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nll.process.CommandResult;

/**
 * Executes a notebook top to bottom in a fresh kernel through {@code jupyter nbconvert --execute},
 * writing the executed copy to an output directory; the input notebook is never modified.
 */
public final class NotebookExecutor {
    private static final Pattern TIMEOUT =
            Pattern.compile("A cell timed out while it was being executed, after (\\d+) seconds");
    private static final Pattern PREVIEW =
            Pattern.compile("Here is a preview of the cell contents:\\s*-{5,}\\s*(.*?)\\s*-{5,}", Pattern.DOTALL);

    private final Jupyter jupyter;
    private final int cellTimeoutSeconds;

    /**
     * @param cellTimeoutSeconds how long one cell may run before its notebook fails; must be positive
     */
    public NotebookExecutor(Jupyter jupyter, int cellTimeoutSeconds) {
        if (cellTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("cellTimeoutSeconds = " + cellTimeoutSeconds + " must be > 0");
        }
        this.jupyter = jupyter;
        this.cellTimeoutSeconds = cellTimeoutSeconds;
    }

    /** How many notebooks run at once by default: one per processor, since each kernel mostly keeps one busy. */
    public static final int DEFAULT_PARALLELISM = Runtime.getRuntime().availableProcessors();

    /** One notebook's executed copy (which may hold error outputs) and how long its execution took. */
    public record Execution(NotebookFile executed, double seconds) {}

    /**
     * Starts executing every notebook, {@code parallelism} at a time, each in its own fresh kernel as
     * {@link #run} does; the returned runs are in the order of {@code notebooks}. Wait for one with {@link #await}.
     */
    public List<Future<Execution>> executeAll(List<NotebookFile> notebooks, Path outputDir, int parallelism) {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism = " + parallelism + " must be > 0");
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "notebook-executor");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Execution>> runs = notebooks.stream()
                .map(notebook -> pool.submit(() -> {
                    long start = System.nanoTime();
                    NotebookFile executed = run(notebook, outputDir);
                    return new Execution(executed, (System.nanoTime() - start) / 1e9);
                }))
                .toList();
        pool.shutdown();
        return runs;
    }

    /**
     * Waits for a run started by {@link #executeAll}.
     *
     * @throws NotebookFailure as {@link #run} throws it, if Jupyter could not execute the notebook to its end
     */
    public static Execution await(Future<Execution> run) {
        try {
            return run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a notebook", e);
        }
    }

    /**
     * Executes the notebook file {@code notebook} and returns the executed copy written under {@code outputDir},
     * with consecutive stream outputs merged.
     *
     * @throws NotebookFailure naming the notebook, the cell and the error, if a cell fails or times out
     */
    public NotebookFile execute(Path notebook, Path outputDir) {
        NotebookFile executed = run(NotebookFile.read(notebook), outputDir);
        requireNoErrors(executed);
        return executed;
    }

    /**
     * Executes {@code notebook} top to bottom as Jupyter would the file at its {@link NotebookFile#path()}: named
     * after that file and run in its directory, so the notebook's relative paths resolve as they do there, though
     * the notebook itself need not be written anywhere. Cells that fail leave their error as an output and the
     * run goes on. Returns the executed copy, written under {@code outputDir} with the file's name, with
     * consecutive stream outputs merged.
     *
     * @throws NotebookFailure naming the notebook and the cell, if a cell runs past the timeout or Jupyter fails
     */
    public NotebookFile run(NotebookFile notebook, Path outputDir) {
        String name = notebook.path().getFileName().toString();
        String stem = name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
        Path directory = notebook.path().toAbsolutePath().getParent();
        // --stdin: nbconvert then starts the kernel in its own working directory, the notebook file's directory.
        CommandResult result = jupyter.run(
                List.of(
                        "nbconvert",
                        "--to",
                        "notebook",
                        "--execute",
                        "--stdin",
                        "--allow-errors",
                        "--ExecutePreprocessor.timeout=" + cellTimeoutSeconds,
                        "--ExecutePreprocessor.startup_timeout=120",
                        "--ExecutePreprocessor.record_timing=False",
                        "--output-dir",
                        outputDir.toAbsolutePath().toString(),
                        "--output",
                        stem),
                directory,
                notebook.text(),
                // The whole run may take as long as every cell at its limit, plus start-up.
                (long) cellTimeoutSeconds * Math.max(1, notebook.cellCount()) + 180);
        if (result.exitCode() != 0) {
            throw new NotebookFailure(name + ": " + describeAbort(notebook, result.stderr()));
        }
        Path executedPath = outputDir.resolve(stem + ".ipynb");
        if (!Files.isRegularFile(executedPath)) {
            throw new NotebookFailure(name + ": Jupyter exited normally but wrote no " + executedPath);
        }
        NotebookFile executed = NotebookFile.read(executedPath).withCoalescedStreams();
        executed.write(executedPath);
        return executed;
    }

    /**
     * Fails on the first cell of an executed notebook that holds an error.
     *
     * @throws NotebookFailure naming the notebook, the cell and the error
     */
    public static void requireNoErrors(NotebookFile executed) {
        String name = executed.path().getFileName().toString();
        for (int cell = 0; cell < executed.cellCount(); cell++) {
            for (CellOutput output : executed.outputs(cell)) {
                if (output.kind().equals("error")) {
                    throw new NotebookFailure(name + ": " + executed.describeCell(cell) + " failed:\n" + output.text());
                }
            }
        }
    }

    private String describeAbort(NotebookFile notebook, String stderr) {
        Matcher timeout = TIMEOUT.matcher(stderr);
        if (timeout.find()) {
            Matcher preview = PREVIEW.matcher(stderr);
            String cell = preview.find() ? findCell(notebook, preview.group(1)) : "a cell";
            return cell + " ran past the per-cell timeout of " + timeout.group(1) + " s";
        }
        String tail = stderr.strip();
        int cut = Math.max(0, tail.length() - 4000);
        return "Jupyter failed to execute the notebook:\n" + tail.substring(cut);
    }

    /** Names the cell whose first line appears in nbclient's preview of a timed-out cell. */
    private static String findCell(NotebookFile notebook, String preview) {
        for (int cell = 0; cell < notebook.cellCount(); cell++) {
            String first = notebook.firstSourceLine(cell);
            if (notebook.cellType(cell).equals("code") && !first.isEmpty() && preview.contains(first)) {
                return notebook.describeCell(cell);
            }
        }
        return "the cell " + preview;
    }
}
