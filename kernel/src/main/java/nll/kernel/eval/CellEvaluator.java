package nll.kernel.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.spi.ExecutionControl;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;

/**
 * Evaluates the Java code of notebook cells with JShell, in this JVM.
 * <p>
 * A cell may hold many snippets (statements, expressions, declarations). All of them are compiled first; if any
 * fails to compile, every compile error is reported and none runs. Then they run in order, and the first that
 * throws stops the cell. The value of the cell is the value of its last snippet when that snippet is an
 * expression, as in IJava: declarations, statements and calls of void methods give no value, nor does a
 * PrintStream, which is what System.out.printf returns.
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

    /** JShell's wrapper classes, one a snippet: REPL.$JShell$12, and REPL.$JShell$12$Point for a class in it. */
    private static final String WRAPPER_PREFIX = "REPL.$JShell$";

    /** The heading of each compile error; the kernel shows it in red. */
    static final String COMPILE_ERROR = "compile error: ";

    private static final Pattern MISSING_PACKAGE = Pattern.compile("package (\\S+) does not exist");

    private final JShell shell;
    private final SnippetExecutionControl control;
    private final Map<String, CellLocation> snippetLocations = new ConcurrentHashMap<>();
    private final Map<String, SnippetWrapper> wrappers = new ConcurrentHashMap<>();

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
        if (control.isCancelled()) {
            throw interrupted();
        }
        // Every snippet is compiled before any runs: JShell's requests to run them are recorded, and run only
        // once the whole code has compiled, so a compile error anywhere means nothing of the code runs.
        List<Compiled> compiled = new ArrayList<>();
        List<Compiled> rejected = new ArrayList<>();
        List<Method> runs;
        control.deferInvocations();
        try {
            for (SnippetSource source : snippetSources(code, place, firstLine)) {
                compile(source, compiled, rejected);
            }
        } finally {
            runs = control.stopDeferring();
        }
        if (!rejected.isEmpty()) {
            drop(compiled);
            throw compilationError(rejected);
        }
        Object value = null;
        for (int i = 0; i < compiled.size(); i++) {
            Compiled source = compiled.get(i);
            value = null;
            if (source.runCount() == 0) {
                continue;
            }
            try {
                // One source may be several snippets, each run: "int a = 1, b = 2;" declares two variables.
                for (int run = source.firstRun(); run < source.firstRun() + source.runCount(); run++) {
                    if (control.isCancelled()) {
                        throw interrupted();
                    }
                    control.runRecorded(runs.get(run));
                }
                if (control.isCancelled()) {
                    throw interrupted();
                }
            } catch (Exception e) {
                // What follows the failed snippet never ran, so it is not left declared.
                drop(compiled.subList(i + 1, compiled.size()));
                throw runError(e);
            }
            Object result = control.takeLastValue();
            // System.out.printf and format return their PrintStream, which is not the cell's result
            value = isExpression(source.last()) && !(result instanceof java.io.PrintStream) ? result : null;
        }
        return value;
    }

    /**
     * The snippets JShell made of one source (one, or several for "int a = 1, b = 2;"), where the source is, and
     * its recorded runs: {@code runCount} of them from index {@code firstRun}.
     */
    private record Compiled(List<Snippet> snippets, CellLocation location, int firstRun, int runCount) {
        Snippet last() {
            return snippets.get(snippets.size() - 1);
        }
    }

    private record SnippetSource(String source, CellLocation location) {
    }

    /** The code cut into JShell's snippets, each with the line it starts on. */
    private List<SnippetSource> snippetSources(String code, String place, int firstLine) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        List<SnippetSource> sources = new ArrayList<>();
        String remaining = code;
        int line = firstLine;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                return sources;
            }
            boolean splittable = info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN
                    && info.remaining().length() < remaining.length();
            // Incomplete or unparsable code is compiled as it is, so the compiler reports what is wrong with it.
            String source = splittable ? info.source() : remaining;
            String rest = splittable ? info.remaining() : "";
            // JShell numbers a snippet's lines from its first non-blank one.
            String snippet = source.stripLeading();
            int codeLine = line + countNewlines(source.substring(0, source.length() - snippet.length()));
            sources.add(new SnippetSource(snippet, new CellLocation(place, codeLine)));
            line += countNewlines(remaining.substring(0, remaining.length() - rest.length()));
            remaining = rest;
        }
    }

    private void compile(SnippetSource source, List<Compiled> compiled, List<Compiled> rejected) {
        int runsBefore = control.deferredCount();
        List<Snippet> accepted = new ArrayList<>();
        for (SnippetEvent event : shell.eval(source.source())) {
            if (event.causeSnippet() != null) {
                continue; // a consequence for an earlier snippet, such as a redefinition
            }
            Snippet snippet = event.snippet();
            snippetLocations.put(snippet.id(), source.location());
            if (event.status() == Snippet.Status.REJECTED) {
                rejected.add(new Compiled(List.of(snippet), source.location(), runsBefore, 0));
            } else {
                accepted.add(snippet);
            }
        }
        if (!accepted.isEmpty()) {
            compiled.add(new Compiled(accepted, source.location(), runsBefore, control.deferredCount() - runsBefore));
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

    private CellException runError(Exception e) {
        if (control.isCancelled() || e instanceof ExecutionControl.StoppedException) {
            return interrupted();
        }
        if (e instanceof EvaluationInterruptedException) {
            return (EvaluationInterruptedException) e;
        }
        if (e instanceof ExecutionControl.ResolutionException) {
            return unresolvedError((ExecutionControl.ResolutionException) e);
        }
        if (e instanceof ExecutionControl.UserException) {
            return evaluationError((ExecutionControl.UserException) e);
        }
        String message = "the kernel could not run the cell: " + e;
        return new EvaluationException(message, List.of(message));
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private static EvaluationInterruptedException interrupted() {
        return new EvaluationInterruptedException("the cell was interrupted before it finished");
    }

    private CompilationException compilationError(List<Compiled> rejected) {
        List<String> traceback = new ArrayList<>();
        String firstMessage = null;
        Set<String> missingPackages = new LinkedHashSet<>();
        for (Compiled snippet : rejected) {
            String message = addCompileErrors(traceback, snippet.last(), snippet.location(), missingPackages);
            firstMessage = firstMessage == null ? message : firstMessage;
        }
        for (String missing : missingPackages) {
            traceback.add("hint: no jar added so far has package " + missing + "; if the kernel was restarted, run the "
                    + "notebook's %jars cell (at the top) first");
        }
        return new CompilationException(firstMessage, traceback);
    }

    /** Adds a rejected snippet's errors to the traceback; returns the first message. */
    private String addCompileErrors(List<String> traceback, Snippet snippet, CellLocation location,
            Set<String> missingPackages) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        String source = snippet.source();
        String firstMessage = null;
        for (Diag diag : errors) {
            int start = (int) (diag.getStartPosition() == Diag.NOPOS ? diag.getPosition() : diag.getStartPosition());
            start = Math.max(0, Math.min(start, source.length()));
            int end = (int) Math.max(start + 1, diag.getEndPosition());
            List<String> message = compilerMessage(diag);
            if (firstMessage == null) {
                firstMessage = message.get(0);
            }
            Matcher missing = MISSING_PACKAGE.matcher(message.get(0));
            if (missing.matches()) {
                missingPackages.add(missing.group(1));
            }
            int lineStart = source.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = source.indexOf('\n', start);
            if (lineEnd < 0) {
                lineEnd = source.length();
            }
            int snippetLine = countNewlines(source.substring(0, start)) + 1;
            traceback.add(COMPILE_ERROR + location.describe(snippetLine) + ": " + message.get(0));
            traceback.addAll(message.subList(1, message.size()));
            String offendingLine = source.substring(lineStart, lineEnd);
            traceback.add("    " + offendingLine);
            traceback.add("    " + caretLine(offendingLine, start - lineStart, Math.min(end, lineEnd) - start));
        }
        if (firstMessage == null) {
            firstMessage = "the snippet was rejected";
            traceback.add(COMPILE_ERROR + location.describe(1) + ": " + firstMessage);
            source.lines().forEach(l -> traceback.add("    " + l));
        }
        return firstMessage;
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

    private EvaluationException evaluationError(ExecutionControl.UserException exception) {
        List<String> traceback = new ArrayList<>();
        appendException(traceback, exception, "");
        return new EvaluationException(traceback.get(0), traceback);
    }

    private void appendException(List<String> traceback, ExecutionControl.UserException exception, String prefix) {
        String message = exception.getMessage();
        traceback.add(prefix + exception.causeExceptionClass() + (message == null ? "" : ": " + message));
        // Deep recursion repeats one frame hundreds of times; a run of equal frames is shown once, with its count.
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : userFrames(exception.getStackTrace())) {
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
        if (exception.getCause() instanceof ExecutionControl.UserException) {
            appendException(traceback, (ExecutionControl.UserException) exception.getCause(), "Caused by: ");
        }
    }

    private static void addRepeats(List<String> traceback, int repeats) {
        if (repeats > 0) {
            traceback.add("\t... the frame above " + repeats + " more time" + (repeats == 1 ? "" : "s"));
        }
    }

    /** A method or class used before everything it needs is declared: name what is missing. */
    private EvaluationException unresolvedError(ExecutionControl.ResolutionException exception) {
        String id = String.valueOf(exception.id());
        String message = shell.snippets()
                .filter(s -> s.id().equals(id) && s instanceof DeclarationSnippet)
                .map(s -> (DeclarationSnippet) s)
                .findFirst()
                .map(s -> s.name() + " cannot be used until "
                        + shell.unresolvedDependencies(s).collect(Collectors.joining(", ")) + " is declared")
                .orElse("a declaration used here refers to something not declared yet");
        String line = "UnresolvedReferenceException: " + message;
        List<String> traceback = new ArrayList<>(List.of(line));
        for (StackTraceElement frame : userFrames(exception.getStackTrace())) {
            traceback.add("\tat " + describeFrame(frame));
        }
        return new EvaluationException(line, traceback);
    }

    /**
     * The frames as JShell shows them: a frame in a snippet's wrapper class names the snippet's id as its file
     * ("#12"), its line within the snippet, and the class declared in the cell (empty for the wrapper itself); the
     * frames below the running snippet's do_it$ (the kernel's and JShell's) are left out.
     */
    private List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        List<StackTraceElement> user = new ArrayList<>();
        for (StackTraceElement frame : frames) {
            String className = frame.getClassName();
            if (!className.startsWith(WRAPPER_PREFIX)) {
                user.add(frame);
                continue;
            }
            int nested = className.indexOf('$', WRAPPER_PREFIX.length());
            String wrapperName = nested < 0 ? className : className.substring(0, nested);
            SnippetWrapper wrapper = wrapperOf(wrapperName);
            if (wrapper == null) {
                user.add(frame);
                continue;
            }
            boolean doIt = frame.getMethodName().equals("do_it$");
            user.add(new StackTraceElement(nested < 0 ? "" : className.substring(nested + 1), doIt ? "" : frame.getMethodName(),
                    "#" + wrapper.snippetId(), snippetLine(wrapper.wrapper(), frame.getLineNumber())));
            if (doIt) {
                break;
            }
        }
        return user;
    }

    private record SnippetWrapper(String snippetId, SourceCodeAnalysis.SnippetWrapper wrapper) {
    }

    /** The snippet whose wrapper class has this name, newest first; remembered once found. */
    private SnippetWrapper wrapperOf(String wrapperClassName) {
        SnippetWrapper known = wrappers.get(wrapperClassName);
        if (known != null) {
            return known;
        }
        List<Snippet> snippets = shell.snippets().collect(Collectors.toList());
        for (int i = snippets.size() - 1; i >= 0; i--) {
            Snippet snippet = snippets.get(i);
            SourceCodeAnalysis.SnippetWrapper wrapper = shell.sourceCodeAnalysis().wrapper(snippet);
            SnippetWrapper found = new SnippetWrapper(snippet.id(), wrapper);
            wrappers.putIfAbsent(wrapper.fullClassName(), found);
            if (wrapper.fullClassName().equals(wrapperClassName)) {
                return found;
            }
        }
        return null;
    }

    /** The line in the snippet's own source of line {@code wrappedLine} of its generated wrapper source. */
    private static int snippetLine(SourceCodeAnalysis.SnippetWrapper wrapper, int wrappedLine) {
        String wrapped = wrapper.wrapped();
        int position = 0;
        for (int line = 1; line < wrappedLine && position >= 0; line++) {
            position = wrapped.indexOf('\n', position) + 1;
        }
        // The first character of the line that belongs to the snippet; wrapper text maps to no position.
        int lineEnd = wrapped.indexOf('\n', position);
        lineEnd = lineEnd < 0 ? wrapped.length() : lineEnd;
        for (int p = position; p < lineEnd; p++) {
            int source = wrapper.wrappedToSourcePosition(p);
            if (source >= 0) {
                return countNewlines(wrapper.source().substring(0, Math.min(source, wrapper.source().length()))) + 1;
            }
        }
        return wrappedLine;
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
