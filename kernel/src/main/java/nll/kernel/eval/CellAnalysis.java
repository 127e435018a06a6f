package nll.kernel.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;

/**
 * What JShell's source analysis says about a cell's code without running it: where its snippets start, whether it
 * is complete, the completions and the documentation at a cursor.
 */
public final class CellAnalysis {

    private final SourceCodeAnalysis analysis;

    CellAnalysis(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * One snippet of a cell's code, where it starts, and whether the cell ends it with its own semicolon (JShell
     * adds one to an expression written without).
     */
    record SnippetSource(String source, CellLocation location, boolean terminated) {}

    /** The code cut into JShell's snippets, each with the line it starts on. */
    List<SnippetSource> snippetSources(String code, String place, int firstLine) {
        List<SnippetSource> sources = new ArrayList<>();
        String remaining = code;
        int line = firstLine;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                return sources;
            }
            boolean splittable = isComplete(info) && info.remaining().length() < remaining.length();
            // Incomplete or unparsable code is compiled as it is, so the compiler reports what is wrong with it.
            String source = splittable ? info.source() : remaining;
            String rest = splittable ? info.remaining() : "";
            // JShell numbers a snippet's lines from its first non-blank one.
            String snippet = source.stripLeading();
            int codeLine = line + countNewlines(source.substring(0, source.length() - snippet.length()));
            boolean terminated = remaining
                    .substring(0, remaining.length() - rest.length())
                    .strip()
                    .endsWith(";");
            sources.add(new SnippetSource(snippet, new CellLocation(place, codeLine), terminated));
            line += countNewlines(remaining.substring(0, remaining.length() - rest.length()));
            remaining = rest;
        }
    }

    /** Completions at {@code cursor}, from JShell's source analysis of the snippet the cursor is in. */
    public ReplacementOptions complete(String code, int cursor) {
        String beforeCursor = code.substring(0, cursor);
        int snippetStart = startOfLastSnippet(beforeCursor);
        int[] anchor = new int[1];
        List<String> replacements =
                analysis
                        .completionSuggestions(beforeCursor.substring(snippetStart), cursor - snippetStart, anchor)
                        .stream()
                        .sorted(Comparator.comparing((SourceCodeAnalysis.Suggestion s) -> !s.matchesType()))
                        .map(SourceCodeAnalysis.Suggestion::continuation)
                        .distinct()
                        .toList();
        return new ReplacementOptions(replacements, snippetStart + anchor[0], cursor);
    }

    /** Whether the code is ready to run: "complete", "invalid", or the indent for the next line if not complete. */
    public String isComplete(String code) {
        String rest = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY -> {
                    return "complete";
                }
                case UNKNOWN -> {
                    return "invalid";
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return nextLineIndent(rest);
                }
                default -> {
                    if (info.remaining().isBlank()) {
                        return "complete";
                    }
                    rest = info.remaining();
                }
            }
        }
    }

    /**
     * Signatures (and Javadoc if asked) of what is at the cursor; empty if nothing is known there. A cursor anywhere
     * in a name ({@code Math.ma|x}, {@code names.si|ze}) asks about that whole name, and a method named without its
     * parentheses ({@code Math.max}, {@code names.size}) about all its overloads: JShell's analysis answers only
     * for a cursor just after a name, or inside a call's parentheses.
     */
    public List<String> documentation(String code, int cursor, boolean withJavadoc) {
        int nameEnd = cursor;
        while (nameEnd < code.length() && Character.isJavaIdentifierPart(code.charAt(nameEnd))) {
            nameEnd++;
        }
        List<String> lines = documentationAt(code, nameEnd, withJavadoc);
        if (lines.isEmpty() && nameEnd > 0 && Character.isJavaIdentifierPart(code.charAt(nameEnd - 1))) {
            String call = code.substring(0, nameEnd) + "(";
            boolean parenthesised = code.startsWith("(", nameEnd);
            lines = documentationAt(parenthesised ? code : call, nameEnd + 1, withJavadoc);
        }
        return lines;
    }

    private List<String> documentationAt(String code, int cursor, boolean withJavadoc) {
        int snippetStart = startOfLastSnippet(code.substring(0, cursor));
        List<String> lines = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation doc :
                analysis.documentation(code.substring(snippetStart), cursor - snippetStart, withJavadoc)) {
            lines.add(doc.signature());
            if (withJavadoc && doc.javadoc() != null && !doc.javadoc().isBlank()) {
                lines.add(doc.javadoc());
            }
        }
        return lines;
    }

    private int startOfLastSnippet(String code) {
        int start = 0;
        String rest = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!isComplete(info) || info.remaining().isEmpty()) {
                return start;
            }
            start += rest.length() - info.remaining().length();
            rest = info.remaining();
        }
    }

    private static boolean isComplete(CompletionInfo info) {
        return info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN;
    }

    private static String nextLineIndent(String code) {
        String lastLine = code.substring(code.lastIndexOf('\n') + 1);
        String indent = lastLine.substring(
                0, lastLine.length() - lastLine.stripLeading().length());
        return lastLine.strip().endsWith("{") ? indent + "    " : indent;
    }

    static int countNewlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
