package nll.kernel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Colours a traceback the way IPython and IJava do in Jupyter, which renders ANSI colour codes in error outputs:
 * the heading of each error (the exception's class, "compile error", a failed magic's name) in red, the rest of
 * the line, the cell location, the source line, the carets and the stack frames plain.
 * <p>
 * A heading line is one that does not start with whitespace (frames and source lines are indented); its heading is
 * the text before the first ": " when that text is one word or "compile error", else the whole line. "Caused by: "
 * stays plain before the cause's class, and a "hint: " line is plain.
 */
final class TracebackStyle {

    static final String RED = "\u001b[0;31m";
    static final String RESET = "\u001b[0m";

    private static final String CAUSED_BY = "Caused by: ";
    private static final String HINT = "hint: ";

    private TracebackStyle() {
    }

    static List<String> ansi(List<String> traceback) {
        return traceback.stream().map(TracebackStyle::styleLine).collect(Collectors.toList());
    }

    private static String styleLine(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith(HINT)) {
            return line;
        }
        String lead = line.startsWith(CAUSED_BY) ? CAUSED_BY : "";
        String rest = line.substring(lead.length());
        int colon = rest.indexOf(": ");
        String heading = colon < 0 ? rest : rest.substring(0, colon);
        if (colon >= 0 && heading.contains(" ") && !heading.equals("compile error")) {
            heading = rest;
        }
        return lead + RED + heading + RESET + rest.substring(heading.length());
    }
}
