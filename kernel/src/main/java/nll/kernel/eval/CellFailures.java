package nll.kernel.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.spi.ExecutionControl;
import nll.kernel.traceback.CellException;
import nll.kernel.traceback.Traceback;
import nll.kernel.traceback.Traceback.Excerpt;
import nll.kernel.traceback.Traceback.Fault;

/**
 * Turns what JShell reports about a failed cell (rejected snippets and their diagnostics, an exception thrown by a
 * snippet) into the cell's exception and its {@link Traceback}, in the reader's terms: places in cells, the
 * offending line with carets, the frames of the reader's code.
 */
final class CellFailures {

    private static final String COMPILE_ERROR = "compile error";
    private static final Pattern MISSING_PACKAGE = Pattern.compile("package (\\S+) does not exist");

    private final JShell shell;
    private final SnippetFrames frames;

    CellFailures(JShell shell, SnippetFrames frames) {
        this.shell = shell;
        this.frames = frames;
    }

    /** Every compile error of the rejected snippets, in order, with a hint for each package that does not exist. */
    CompilationException compilationError(List<Snippet> rejected) {
        List<Fault> faults = new ArrayList<>();
        Set<String> missingPackages = new LinkedHashSet<>();
        for (Snippet snippet : rejected) {
            faults.addAll(compileErrors(snippet, frames.locationOf(snippet), missingPackages));
        }
        List<String> hints = missingPackages.stream()
                .map(p -> "no jar added so far has package " + p + "; if the kernel was restarted, run the "
                        + "notebook's %jars cell (at the top) first")
                .toList();
        return new CompilationException(faults.get(0).message(), new Traceback(faults, hints));
    }

    private List<Fault> compileErrors(Snippet snippet, CellLocation location, Set<String> missingPackages) {
        String source = snippet.source();
        List<Fault> faults = new ArrayList<>();
        for (Diag diag : shell.diagnostics(snippet).filter(Diag::isError).toList()) {
            int start = (int) (diag.getStartPosition() == Diag.NOPOS ? diag.getPosition() : diag.getStartPosition());
            start = Math.max(0, Math.min(start, source.length()));
            int end = (int) Math.max(start + 1, diag.getEndPosition());
            List<String> message = compilerMessage(diag);
            Matcher missing = MISSING_PACKAGE.matcher(message.get(0));
            if (missing.matches()) {
                missingPackages.add(missing.group(1));
            }
            int lineStart = source.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = source.indexOf('\n', start);
            lineEnd = lineEnd < 0 ? source.length() : lineEnd;
            Excerpt excerpt = new Excerpt(
                    source.substring(lineStart, lineEnd),
                    start - lineStart,
                    Math.max(1, Math.min(end, lineEnd) - start));
            String place = location.describe(CellAnalysis.countNewlines(source.substring(0, start)) + 1);
            faults.add(new Fault(
                    COMPILE_ERROR,
                    place,
                    message.get(0),
                    message.subList(1, message.size()),
                    excerpt,
                    List.of(),
                    null));
        }
        if (faults.isEmpty()) {
            faults.add(new Fault(
                    COMPILE_ERROR,
                    location.describe(1),
                    "the snippet was rejected",
                    List.of(),
                    new Excerpt(source, 0, 0),
                    List.of(),
                    null));
        }
        return faults;
    }

    /** The compiler's message, without the "location: class" line that names JShell's hidden wrapper class. */
    private static List<String> compilerMessage(Diag diag) {
        List<String> lines = diag.getMessage(Locale.ROOT)
                .lines()
                .filter(l -> !l.strip().equals("location: class"))
                .toList();
        return lines.isEmpty() ? List.of("compilation error " + diag.getCode()) : lines;
    }

    /** The exception for a snippet that did not run to its end. */
    CellException runError(Exception e, boolean cancelled) {
        if (cancelled || e instanceof ExecutionControl.StoppedException) {
            return new EvaluationInterruptedException();
        }
        if (e instanceof EvaluationInterruptedException interrupted) {
            return interrupted;
        }
        if (e instanceof ExecutionControl.ResolutionException unresolved) {
            return new EvaluationException(Traceback.of(Fault.exception(
                    "UnresolvedReferenceException",
                    unresolvedMessage(unresolved),
                    frames.userFrames(unresolved.getStackTrace()),
                    null)));
        }
        if (e instanceof ExecutionControl.UserException thrown) {
            return new EvaluationException(Traceback.of(fault(thrown)));
        }
        return EvaluationException.kernelFailure(e);
    }

    private Fault fault(ExecutionControl.UserException exception) {
        Fault cause = exception.getCause() instanceof ExecutionControl.UserException thrown ? fault(thrown) : null;
        return Fault.exception(
                exception.causeExceptionClass(),
                exception.getMessage(),
                frames.userFrames(exception.getStackTrace()),
                cause);
    }

    /** A method or class used before everything it needs is declared: name what is missing. */
    private String unresolvedMessage(ExecutionControl.ResolutionException exception) {
        String id = String.valueOf(exception.id());
        return shell.snippets()
                .filter(s -> s.id().equals(id) && s instanceof DeclarationSnippet)
                .map(s -> (DeclarationSnippet) s)
                .findFirst()
                .map(s -> s.name() + " cannot be used until " + StateChanges.waitsFor(shell, s, null))
                .orElse("a declaration used here refers to something not declared yet");
    }
}
