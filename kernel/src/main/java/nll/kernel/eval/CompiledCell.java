package nll.kernel.eval;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.spi.ExecutionControl.ExecutionControlException;

/**
 * One cell's snippets, compiled before any of them runs, and the runs JShell asked for while compiling them, kept
 * to be run in order by {@link #run()}, which decides the cell's value.
 * <p>
 * The value is that of the last snippet when it is an expression, as in IJava: declarations, statements and calls
 * of void methods give none, nor does a PrintStream, which is what System.out.printf returns, nor a null from a
 * statement ended by its own semicolon ({@code map.put(k, v);}), while a bare expression's null is a value.
 */
final class CompiledCell {

    private final JShell shell;
    private final SnippetExecutionControl control;
    private final List<Compiled> compiled;
    private final List<Snippet> rejected;
    private final List<Method> runs;

    private CompiledCell(
            JShell shell,
            SnippetExecutionControl control,
            List<Compiled> compiled,
            List<Snippet> rejected,
            List<Method> runs) {
        this.shell = shell;
        this.control = control;
        this.compiled = compiled;
        this.rejected = rejected;
        this.runs = runs;
    }

    /**
     * The snippets JShell made of one source (one, or several for "int a = 1, b = 2;"), and its recorded runs:
     * {@code runCount} of them from index {@code firstRun}.
     */
    private record Compiled(List<Snippet> snippets, int firstRun, int runCount, boolean terminated) {
        Snippet last() {
            return snippets.get(snippets.size() - 1);
        }
    }

    /**
     * Compiles every source with JShell's requests to run them only recorded, so that a compile error anywhere
     * means nothing of the cell runs. {@code frames} learns where each snippet starts, {@code changes} what the
     * snippets did to earlier declarations.
     *
     * @throws EvaluationInterruptedException if the cell was interrupted before it started
     */
    static CompiledCell compile(
            JShell shell,
            SnippetExecutionControl control,
            SnippetFrames frames,
            List<CellAnalysis.SnippetSource> sources,
            StateChanges changes) {
        stopIfInterrupted(control);
        List<Compiled> compiled = new ArrayList<>();
        List<Snippet> rejected = new ArrayList<>();
        List<Method> runs;
        control.deferInvocations();
        try {
            for (CellAnalysis.SnippetSource source : sources) {
                compile(shell, control, frames, source, changes, rejected).ifPresent(compiled::add);
            }
        } finally {
            runs = control.stopDeferring();
        }
        return new CompiledCell(shell, control, compiled, List.copyOf(rejected), runs);
    }

    /** One source's snippets: those JShell accepted, with the runs recorded for them; rejected ones are added. */
    private static Optional<Compiled> compile(
            JShell shell,
            SnippetExecutionControl control,
            SnippetFrames frames,
            CellAnalysis.SnippetSource source,
            StateChanges changes,
            List<Snippet> rejected) {
        int runsBefore = control.deferredCount();
        List<Snippet> accepted = new ArrayList<>();
        for (SnippetEvent event : shell.eval(source.source())) {
            if (event.causeSnippet() != null) {
                // An event for an earlier snippet, such as a variable reset by a redefinition.
                changes.consequence(event);
                continue;
            }
            Snippet snippet = event.snippet();
            frames.remember(snippet, source.location());
            if (event.status() == Snippet.Status.REJECTED) {
                rejected.add(snippet);
            } else {
                accepted.add(snippet);
                changes.declared(snippet);
            }
        }
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        int runCount = control.deferredCount() - runsBefore;
        return Optional.of(new Compiled(accepted, runsBefore, runCount, source.terminated()));
    }

    /** The snippets that did not compile, in order; if there is any, the cell must not run. */
    List<Snippet> rejected() {
        return rejected;
    }

    /** Drops every snippet the cell declared, as if it had not compiled. */
    void drop() {
        drop(compiled);
    }

    /**
     * Runs the recorded snippets in order, the first that throws stopping the cell; the snippets after it never
     * ran, so they are dropped.
     *
     * @return the cell's value, or null if it has none
     * @throws ExecutionControlException what JShell made of a snippet's exception, or of its being stopped
     * @throws EvaluationInterruptedException if the cell was interrupted between two snippets
     */
    CellEvaluator.Value run() throws ExecutionControlException {
        CellEvaluator.Value value = null;
        for (int i = 0; i < compiled.size(); i++) {
            Compiled source = compiled.get(i);
            value = null;
            if (source.runCount() == 0) {
                continue;
            }
            try {
                // One source may be several snippets, each run: "int a = 1, b = 2;" declares two variables.
                for (int run = source.firstRun(); run < source.firstRun() + source.runCount(); run++) {
                    stopIfInterrupted(control);
                    control.runRecorded(runs.get(run));
                }
                stopIfInterrupted(control);
            } catch (ExecutionControlException | RuntimeException e) {
                // What follows the failed snippet never ran, so it is not left declared.
                drop(compiled.subList(i + 1, compiled.size()));
                throw e;
            }
            Object result = control.takeLastValue();
            boolean shown = isExpression(source.last())
                    && !(result instanceof java.io.PrintStream)
                    && (result != null || !source.terminated());
            value = shown ? new CellEvaluator.Value(result) : null;
        }
        return value;
    }

    private static void stopIfInterrupted(SnippetExecutionControl control) {
        if (control.isCancelled()) {
            throw new EvaluationInterruptedException();
        }
    }

    private void drop(List<Compiled> sources) {
        for (Compiled source : sources) {
            for (Snippet snippet : source.snippets()) {
                if (shell.status(snippet).isActive()) {
                    shell.drop(snippet);
                }
            }
        }
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }
}
