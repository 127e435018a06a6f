package nll.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import nll.kernel.traceback.Traceback;

/**
 * Where each snippet came from, and stack frames told in those terms: a frame of cell code reads
 * {@code parse (cell 2, line 2)} or {@code cell 3, line 1}, not JShell's wrapper class and line.
 */
final class SnippetFrames {

    /**
     * On JDK 22 and later JShell weaves calls to this class into cell code so that an interrupt can stop it;
     * its frames are JShell's machinery, not the user's code.
     */
    private static final String JSHELL_STOP_CHECK_CLASS = "REPL.$Cancel$";

    /** JShell's wrapper classes, one a snippet: REPL.$JShell$12, and REPL.$JShell$12$Point for a class in it. */
    private static final String WRAPPER_PREFIX = "REPL.$JShell$";

    private final JShell shell;
    private final Map<String, CellLocation> locations = new ConcurrentHashMap<>();
    private final Map<String, SnippetWrapper> wrappers = new ConcurrentHashMap<>();

    SnippetFrames(JShell shell) {
        this.shell = shell;
    }

    private record SnippetWrapper(String snippetId, SourceCodeAnalysis.SnippetWrapper wrapper) {}

    /** Remembers that the snippet's source starts at {@code location}. */
    void remember(Snippet snippet, CellLocation location) {
        locations.put(snippet.id(), location);
    }

    /** Where the snippet's source starts; null for a snippet the evaluator did not make (the startup imports). */
    CellLocation locationOf(Snippet snippet) {
        return locations.get(snippet.id());
    }

    /**
     * The frames of the reader's code, innermost first, down to the running snippet's top level; the kernel's and
     * JShell's frames below it are left out. A run of equal frames (deep recursion) is one frame with its count.
     */
    List<Traceback.Frame> userFrames(StackTraceElement[] stack) {
        List<Traceback.Frame> frames = new ArrayList<>();
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(JSHELL_STOP_CHECK_CLASS)) {
                continue;
            }
            String className = frame.getClassName();
            SnippetWrapper wrapper = className.startsWith(WRAPPER_PREFIX) ? wrapperOf(className) : null;
            String text = wrapper == null ? frame.toString() : describe(frame, wrapper);
            if (text.equals(previous)) {
                repeats++;
                continue;
            }
            if (previous != null) {
                frames.add(new Traceback.Frame(previous, repeats));
            }
            previous = text;
            repeats = 0;
            if (wrapper != null && frame.getMethodName().equals("do_it$")) {
                break;
            }
        }
        if (previous != null) {
            frames.add(new Traceback.Frame(previous, repeats));
        }
        return frames;
    }

    /** A frame in a snippet's wrapper: the class declared in the cell (if any), the method, and the place. */
    private String describe(StackTraceElement frame, SnippetWrapper wrapper) {
        String className = frame.getClassName();
        int nested = className.indexOf('$', WRAPPER_PREFIX.length());
        String declaredClass = nested < 0 ? "" : className.substring(nested + 1);
        String method = frame.getMethodName().equals("do_it$") ? "" : frame.getMethodName();
        CellLocation location = locations.get(wrapper.snippetId());
        int line = snippetLine(wrapper.wrapper(), frame.getLineNumber());
        String place = location == null ? "snippet #" + wrapper.snippetId() : location.describe(line);
        String name = declaredClass.isEmpty() ? method : declaredClass + (method.isEmpty() ? "" : "." + method);
        return name.isEmpty() ? place : name + " (" + place + ")";
    }

    /** The snippet whose wrapper class (or a class nested in it) has this name, newest first; remembered once found. */
    private SnippetWrapper wrapperOf(String className) {
        int nested = className.indexOf('$', WRAPPER_PREFIX.length());
        String wrapperClassName = nested < 0 ? className : className.substring(0, nested);
        SnippetWrapper known = wrappers.get(wrapperClassName);
        if (known != null) {
            return known;
        }
        List<Snippet> snippets = shell.snippets().toList();
        for (int i = snippets.size() - 1; i >= 0; i--) {
            Snippet snippet = snippets.get(i);
            SourceCodeAnalysis.SnippetWrapper wrapper =
                    shell.sourceCodeAnalysis().wrapper(snippet);
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
                return CellAnalysis.countNewlines(wrapper.source()
                                .substring(0, Math.min(source, wrapper.source().length())))
                        + 1;
            }
        }
        return wrappedLine;
    }
}
