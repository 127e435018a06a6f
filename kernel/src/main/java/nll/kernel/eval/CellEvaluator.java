package nll.kernel.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;

/**
 * Evaluates the Java code of notebook cells with JShell, in this JVM.
 * <p>
 * A cell may hold many snippets (statements, expressions, declarations); they run in order and the first that
 * fails to compile or throws stops the cell. The value of the cell is the value of its last snippet when that
 * snippet is an expression, as in IJava: declarations, statements and calls of void methods give no value.
 */
public final class CellEvaluator implements AutoCloseable {

    /** The imports JShell's own tool starts with, and the notebook display API. */
    private static final String STARTUP_SOURCE = String.join("\n",
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.nio.file.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "import java.util.prefs.*;",
            "import java.util.regex.*;",
            "import java.util.stream.*;",
            "import static nll.kernel.Display.*;",
            "import static nll.kernel.Printing.*;");

    /** Compiled and run once at start so the compiler's classes are loaded before the first cell. */
    private static final String WARM_UP_SOURCE = "String warmUp$ = List.of(1, 2).stream().map(i -> i + 1).toList().toString();";

    /**
     * On JDK 22 and later JShell weaves calls to this class into cell code so that an interrupt can stop it;
     * its frames are JShell's machinery, not the user's code.
     */
    private static final String JSHELL_STOP_CHECK_CLASS = "REPL.$Cancel$";

    private final JShell shell;
    private final SnippetExecutionControl control;
    private final Map<String, CellLocation> snippetLocations = new ConcurrentHashMap<>();

    private CellEvaluator(JShell shell, SnippetExecutionControl control) {
        this.shell = shell;
        this.control = control;
    }

    /**
     * Starts JShell with the startup imports and compiles one warm-up snippet, which is then dropped.
     *
     * @throws IllegalStateException if the startup imports do not compile (the kernel's own classes are not on
     *                               the class path)
     */
    public static CellEvaluator start() {
        SnippetExecutionControl.Provider provider = new SnippetExecutionControl.Provider(CellEvaluator.class.getClassLoader());
        JShell shell = JShell.builder().executionEngine(provider, Map.of()).build();
        CellEvaluator evaluator = new CellEvaluator(shell, provider.control());
        try {
            evaluator.eval(STARTUP_SOURCE, 0, 1);
            for (SnippetEvent event : shell.eval(WARM_UP_SOURCE)) {
                shell.drop(event.snippet());
            }
        } catch (CellException e) {
            shell.close();
            throw new IllegalStateException("JShell could not run the kernel's startup imports:\n"
                    + String.join("\n", e.traceback()), e);
        }
        return evaluator;
    }

    /**
     * Evaluates Java source that starts at line {@code firstLine} of cell number {@code cell}.
     *
     * @return the value of the last snippet if it is an expression, else null
     * @throws CompilationException            if a snippet does not compile
     * @throws EvaluationException             if a snippet throws
     * @throws EvaluationInterruptedException if {@link #interrupt()} stopped the cell
     */
    public Object eval(String code, int cell, int firstLine) {
        return eval(code, "cell " + cell, firstLine);
    }

    /**
     * Evaluates Java source that starts at line {@code firstLine} of {@code place}, the name its errors give
     * ("cell 3", "helpers.jshell").
     *
     * @see #eval(String, int, int)
     */
    public Object eval(String code, String place, int firstLine) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        int line = firstLine;
        Object value = null;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                return value;
            }
            boolean splittable = info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN
                    && info.remaining().length() < remaining.length();
            // Incomplete or unparsable code is compiled as it is, so the compiler reports what is wrong with it.
            String source = splittable ? info.source() : remaining;
            String rest = splittable ? info.remaining() : "";
            // JShell numbers a snippet's lines from its first non-blank one.
            String snippet = source.stripLeading();
            int codeLine = line + countNewlines(source.substring(0, source.length() - snippet.length()));
            value = evalSnippet(snippet, new CellLocation(place, codeLine));
            line += countNewlines(remaining.substring(0, remaining.length() - rest.length()));
            remaining = rest;
        }
    }

    private Object evalSnippet(String source, CellLocation location) {
        if (control.isCancelled()) {
            throw interrupted();
        }
        Snippet last = null;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a consequence for an earlier snippet, such as a redefinition
            }
            Snippet snippet = event.snippet();
            snippetLocations.put(snippet.id(), location);
            if (control.isCancelled()) {
                throw interrupted();
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw compilationError(snippet, location);
            }
            if (event.exception() != null) {
                throw evaluationError(event.exception());
            }
            last = snippet;
        }
        Object value = control.takeLastValue();
        return last != null && isExpression(last) ? value : null;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private static EvaluationInterruptedException interrupted() {
        return new EvaluationInterruptedException("the cell was interrupted before it finished");
    }

    private CompilationException compilationError(Snippet snippet, CellLocation location) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        String source = snippet.source();
        List<String> traceback = new ArrayList<>();
        String firstMessage = null;
        for (Diag diag : errors) {
            int start = (int) (diag.getStartPosition() == Diag.NOPOS ? diag.getPosition() : diag.getStartPosition());
            start = Math.max(0, Math.min(start, source.length()));
            int end = (int) Math.max(start + 1, diag.getEndPosition());
            List<String> message = compilerMessage(diag);
            if (firstMessage == null) {
                firstMessage = message.get(0);
            }
            int lineStart = source.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = source.indexOf('\n', start);
            if (lineEnd < 0) {
                lineEnd = source.length();
            }
            int snippetLine = countNewlines(source.substring(0, start)) + 1;
            traceback.add(location.describe(snippetLine) + ": " + message.get(0));
            traceback.addAll(message.subList(1, message.size()));
            String offendingLine = source.substring(lineStart, lineEnd);
            traceback.add("    " + offendingLine);
            traceback.add("    " + caretLine(offendingLine, start - lineStart, Math.min(end, lineEnd) - start));
        }
        if (firstMessage == null) {
            firstMessage = "the snippet was rejected";
            traceback.add(location.describe(1) + ": " + firstMessage);
            source.lines().forEach(l -> traceback.add("    " + l));
        }
        return new CompilationException(firstMessage, traceback);
    }

    /** The compiler's message, without the "location: class" line that names JShell's hidden wrapper class. */
    private static List<String> compilerMessage(Diag diag) {
        List<String> lines = diag.getMessage(Locale.ROOT).lines()
                .filter(l -> !l.strip().equals("location: class"))
                .collect(Collectors.toList());
        return lines.isEmpty() ? List.of("compilation error " + diag.getCode()) : lines;
    }

    /** Spaces (tabs kept, so the carets line up) up to {@code column}, then {@code width} carets. */
    private static String caretLine(String line, int column, int width) {
        StringBuilder carets = new StringBuilder();
        for (int i = 0; i < column; i++) {
            carets.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return carets.append("^".repeat(Math.max(1, width))).toString();
    }

    private EvaluationException evaluationError(JShellException exception) {
        List<String> traceback = new ArrayList<>();
        appendException(traceback, exception, "");
        return new EvaluationException(traceback.get(0), traceback);
    }

    private void appendException(List<String> traceback, JShellException exception, String prefix) {
        traceback.add(prefix + describeException(exception));
        // Deep recursion repeats one frame hundreds of times; a run of equal frames is shown once, with its count.
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : exception.getStackTrace()) {
            if (frame.getClassName().equals(JSHELL_STOP_CHECK_CLASS)) {
                continue;
            }
            String line = "\tat " + describeFrame(frame);
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            addRepeats(traceback, repeats);
            traceback.add(line);
            previous = line;
            repeats = 0;
        }
        addRepeats(traceback, repeats);
        if (exception instanceof EvalException && ((EvalException) exception).getCause() != null) {
            appendException(traceback, ((EvalException) exception).getCause(), "Caused by: ");
        }
    }

    private static void addRepeats(List<String> traceback, int repeats) {
        if (repeats > 0) {
            traceback.add("\t... the frame above " + repeats + " more time" + (repeats == 1 ? "" : "s"));
        }
    }

    private String describeException(JShellException exception) {
        if (exception instanceof EvalException) {
            EvalException thrown = (EvalException) exception;
            String message = thrown.getMessage();
            return thrown.getExceptionClassName() + (message == null ? "" : ": " + message);
        }
        DeclarationSnippet unresolved = ((UnresolvedReferenceException) exception).getSnippet();
        return "UnresolvedReferenceException: " + unresolved.name() + " cannot be used until "
                + shell.unresolvedDependencies(unresolved).collect(Collectors.joining(", ")) + " is declared";
    }

    /** A frame of cell code reads "name (cell 3, line 2)"; other frames read as Java prints them. */
    private String describeFrame(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        CellLocation location = snippetLocations.get(file.substring(1));
        String place = location == null ? "snippet " + file : location.describe(frame.getLineNumber());
        String name = frame.getClassName().isEmpty()
                ? frame.getMethodName()
                : frame.getClassName() + (frame.getMethodName().isEmpty() ? "" : "." + frame.getMethodName());
        return name.isEmpty() ? place : name + " (" + place + ")";
    }

    private static int countNewlines(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
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

    /** Completions at {@code cursor}, from JShell's source analysis of the snippet the cursor is in. */
    public ReplacementOptions complete(String code, int cursor) {
        String beforeCursor = code.substring(0, cursor);
        int snippetStart = startOfLastSnippet(beforeCursor);
        int[] anchor = new int[1];
        List<String> replacements = shell.sourceCodeAnalysis()
                .completionSuggestions(beforeCursor.substring(snippetStart), cursor - snippetStart, anchor)
                .stream()
                .sorted(Comparator.comparing((SourceCodeAnalysis.Suggestion s) -> !s.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .collect(Collectors.toList());
        return new ReplacementOptions(replacements, snippetStart + anchor[0], cursor);
    }

    private int startOfLastSnippet(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int start = 0;
        String rest = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            boolean complete = info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN;
            if (!complete || info.remaining().isEmpty()) {
                return start;
            }
            start += rest.length() - info.remaining().length();
            rest = info.remaining();
        }
    }

    /** Whether the code is ready to run: "complete", "invalid", or the indent for the next line if not complete. */
    public String isComplete(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return "complete";
                case UNKNOWN:
                    return "invalid";
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return nextLineIndent(rest);
                default:
                    if (info.remaining().isBlank()) {
                        return "complete";
                    }
                    rest = info.remaining();
            }
        }
    }

    private static String nextLineIndent(String code) {
        String lastLine = code.substring(code.lastIndexOf('\n') + 1);
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        return lastLine.strip().endsWith("{") ? indent + "    " : indent;
    }

    /** Signatures (and Javadoc if asked) of what is at the cursor; empty if nothing is known there. */
    public List<String> documentation(String code, int cursor, boolean withJavadoc) {
        String beforeCursor = code.substring(0, cursor);
        int snippetStart = startOfLastSnippet(beforeCursor);
        List<String> lines = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation doc : shell.sourceCodeAnalysis()
                .documentation(code.substring(snippetStart), cursor - snippetStart, withJavadoc)) {
            lines.add(doc.signature());
            if (withJavadoc && doc.javadoc() != null && !doc.javadoc().isBlank()) {
                lines.add(doc.javadoc());
            }
        }
        return lines;
    }

    @Override
    public void close() {
        shell.close();
    }
}
