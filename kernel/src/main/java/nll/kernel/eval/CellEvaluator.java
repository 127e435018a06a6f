package nll.kernel.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import nll.kernel.traceback.CellException;

/**
 * Evaluates the Java code of notebook cells with JShell, in this JVM.
 * <p>
 * A cell may hold many snippets (statements, expressions, declarations). All of them are compiled first; if any
 * fails to compile, every compile error is reported and none runs. Then they run in order, and the first that
 * throws stops the cell. The value of the cell is the value of its last snippet when that snippet is an
 * expression, as in IJava ({@link CompiledCell} runs the snippets and decides the value). {@link CellFailures}
 * turns what goes wrong into the cell's traceback; {@link CellAnalysis} answers completion, completeness and
 * inspection.
 */
public final class CellEvaluator implements AutoCloseable {

    /** The imports JShell's own tool starts with, and the notebook display API. */
    private static final String STARTUP_SOURCE = """
            import java.io.*;
            import java.math.*;
            import java.net.*;
            import java.nio.file.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.function.*;
            import java.util.prefs.*;
            import java.util.regex.*;
            import java.util.stream.*;
            import static nll.kernel.Display.*;
            import static nll.kernel.Printing.*;\
            """;

    /** Compiled and run once at start so the compiler's classes are loaded before the first cell. */
    private static final String WARM_UP_SOURCE =
            "String warmUp$ = List.of(1, 2).stream().map(i -> i + 1).toList().toString();";

    private final JShell shell;
    private final SnippetExecutionControl control;
    private final SnippetFrames frames;
    private final CellFailures failures;
    private final CellAnalysis analysis;
    private final Consumer<String> notes;

    private CellEvaluator(JShell shell, SnippetExecutionControl control, Consumer<String> notes) {
        this.shell = shell;
        this.control = control;
        this.notes = notes;
        this.frames = new SnippetFrames(shell);
        this.failures = new CellFailures(shell, frames);
        this.analysis = new CellAnalysis(shell.sourceCodeAnalysis());
    }

    /** The value of a cell whose last snippet is an expression; {@code object} may be null. */
    public record Value(Object object) {}

    /**
     * Starts JShell with the startup imports and compiles one warm-up snippet, which is then dropped. After each
     * cell, {@code notes} receives one line for each change the cell made to earlier declarations (see
     * {@link StateChanges}).
     *
     * @throws IllegalStateException if the startup imports do not compile (the kernel's own classes are not on
     *                               the class path)
     */
    public static CellEvaluator start(Consumer<String> notes) {
        SnippetExecutionControl.Provider provider =
                new SnippetExecutionControl.Provider(CellEvaluator.class.getClassLoader());
        JShell shell = JShell.builder().executionEngine(provider, Map.of()).build();
        CellEvaluator evaluator = new CellEvaluator(shell, provider.control(), notes);
        try {
            evaluator.eval(STARTUP_SOURCE, 0, 1);
            for (SnippetEvent event : shell.eval(WARM_UP_SOURCE)) {
                shell.drop(event.snippet());
            }
        } catch (CellException e) {
            shell.close();
            throw new IllegalStateException(
                    "JShell could not run the kernel's startup imports:\n"
                            + String.join("\n", e.traceback().lines()),
                    e);
        }
        return evaluator;
    }

    /**
     * Evaluates Java source that starts at line {@code firstLine} of cell number {@code cell}.
     *
     * @return the value of the last snippet if it is an expression, else null (not a value of null)
     * @throws CompilationException            if a snippet does not compile
     * @throws EvaluationException             if a snippet throws
     * @throws EvaluationInterruptedException if {@link #interrupt()} stopped the cell
     */
    public Value eval(String code, int cell, int firstLine) {
        return eval(code, "cell " + cell, firstLine);
    }

    /**
     * Evaluates Java source that starts at line {@code firstLine} of {@code place}, the name its errors give
     * ("cell 3", "helpers.jshell").
     *
     * @see #eval(String, int, int)
     */
    public Value eval(String code, String place, int firstLine) {
        StateChanges changes = new StateChanges(shell);
        CompiledCell cell =
                CompiledCell.compile(shell, control, frames, analysis.snippetSources(code, place, firstLine), changes);
        if (!cell.rejected().isEmpty()) {
            cell.drop();
            throw failures.compilationError(cell.rejected());
        }
        Value value;
        try {
            value = cell.run();
        } catch (Exception e) {
            changes.lines().forEach(notes);
            throw failures.runError(e, control.isCancelled());
        }
        changes.lines().forEach(notes);
        return value;
    }

    /** Makes a jar or class directory visible to the compiler and to the snippets' class loader. */
    public void addToClasspath(Path location) {
        shell.addToClasspath(location.toAbsolutePath().toString());
    }

    /** The class loader of the snippets and of the added jars, where extensions are looked up. */
    public ClassLoader classLoader() {
        return control.classLoader();
    }

    /**
     * Stops the running cell: the current snippet is stopped and the cell's later snippets do not run.
     * Safe to call from any thread, also when no cell runs.
     */
    public void interrupt() {
        control.cancel();
        shell.stop();
    }

    /** Called as a cell starts, so that an interrupt that arrived between cells does not stop it. */
    public void startCell() {
        control.resetCancellation();
    }

    /** The variables now defined, in the order declared; JShell's own ($1, ...) left out. */
    public List<Variable> variables() {
        return Variable.definedIn(shell);
    }

    /** Completion, completeness and documentation for this session's code. */
    public CellAnalysis analysis() {
        return analysis;
    }

    @Override
    public void close() {
        shell.close();
    }
}
