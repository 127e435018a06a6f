package nll.kernel.traceback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the notebook shows for a cell that failed: its faults in order (each compile error of the cell, or an
 * exception and its causes), then hints. Built where the failure is understood, and rendered to lines only here,
 * so every kind of failure reads the same way.
 * <p>
 * A fault's first line is {@code HEADING[: LOCATION][: MESSAGE]}; as IPython and IJava do, the heading (the
 * exception's class, {@code compile error}, a failed magic's name) is red in Jupyter, which renders ANSI colour
 * codes in error outputs. Under it, plain: the compiler's further message lines, the source line with carets under
 * the fault, the stack frames, then the cause, introduced by {@code Caused by: }. Hints close the traceback, one
 * {@code hint: } line each.
 */
public record Traceback(List<Fault> faults, List<String> hints) {

    /** The colour of a heading, and the code that ends it (those IPython uses). */
    public static final String RED = "\u001b[0;31m";

    public static final String RESET = "\u001b[0m";

    public Traceback {
        faults = List.copyOf(faults);
        hints = List.copyOf(hints);
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a traceback needs at least one fault");
        }
    }

    /** A traceback of one fault and no hints. */
    public static Traceback of(Fault fault) {
        return new Traceback(List.of(fault), List.of());
    }

    /**
     * One fault.
     *
     * @param heading  what failed: an exception's class, {@code compile error}, a magic's name, or a whole sentence
     * @param location where, in the reader's terms ({@code cell 3, line 2}); null if the frames tell it
     * @param message  what went wrong; null if the heading says it all
     * @param notes    further lines of the message, shown as they are (the compiler's {@code symbol:} line)
     * @param excerpt  the source at the fault; null if there is none
     * @param frames   the stack frames of the reader's code, innermost first
     * @param cause    the fault that caused this one; null if none
     */
    public record Fault(
            String heading,
            String location,
            String message,
            List<String> notes,
            Excerpt excerpt,
            List<Frame> frames,
            Fault cause) {

        public Fault {
            Objects.requireNonNull(heading, "heading");
            notes = List.copyOf(notes);
            frames = List.copyOf(frames);
        }

        /** A fault that is one line: a heading and perhaps a message. */
        public static Fault line(String heading, String message) {
            return new Fault(heading, null, message, List.of(), null, List.of(), null);
        }

        /** An exception: its class as the heading, its message (if any), frames, and cause. */
        public static Fault exception(String className, String message, List<Frame> frames, Fault cause) {
            return new Fault(className, null, message, List.of(), null, frames, cause);
        }
    }

    /**
     * Source lines at a fault, with {@code width} carets under the last line from {@code column} (none when
     * {@code width} is 0).
     */
    public record Excerpt(String source, int column, int width) {
        public Excerpt {
            Objects.requireNonNull(source, "source");
        }
    }

    /** A stack frame as the reader knows it ({@code parse (cell 2, line 2)}), and how often it repeats just below. */
    public record Frame(String text, int repeats) {}

    /** The lines as the notebook's file keeps them: plain text, no colour codes. */
    public List<String> lines() {
        return render("", "");
    }

    /** The lines Jupyter shows: each heading in red. */
    public List<String> ansiLines() {
        return render(RED, RESET);
    }

    /** The first line, plain: the error's one-line summary. */
    public String firstLine() {
        return headingLine(faults.get(0), "", "", "");
    }

    private List<String> render(String red, String reset) {
        List<String> lines = new ArrayList<>();
        for (Fault fault : faults) {
            addFault(lines, fault, "", red, reset);
        }
        hints.forEach(hint -> lines.add("hint: " + hint));
        return lines;
    }

    private static void addFault(List<String> lines, Fault fault, String lead, String red, String reset) {
        lines.add(headingLine(fault, lead, red, reset));
        lines.addAll(fault.notes());
        if (fault.excerpt() != null) {
            addExcerpt(lines, fault.excerpt());
        }
        for (Frame frame : fault.frames()) {
            lines.add("\tat " + frame.text());
            if (frame.repeats() > 0) {
                lines.add(
                        "\t... the frame above " + frame.repeats() + " more time" + (frame.repeats() == 1 ? "" : "s"));
            }
        }
        if (fault.cause() != null) {
            addFault(lines, fault.cause(), "Caused by: ", red, reset);
        }
    }

    private static String headingLine(Fault fault, String lead, String red, String reset) {
        return lead
                + red
                + fault.heading()
                + reset
                + (fault.location() == null ? "" : ": " + fault.location())
                + (fault.message() == null ? "" : ": " + fault.message());
    }

    /** Each source line indented by four spaces; the carets under the last (tabs kept, so they line up). */
    private static void addExcerpt(List<String> lines, Excerpt excerpt) {
        List<String> source = excerpt.source().lines().toList();
        source.forEach(line -> lines.add("    " + line));
        if (excerpt.width() == 0) {
            return;
        }
        String last = source.isEmpty() ? "" : source.get(source.size() - 1);
        StringBuilder carets = new StringBuilder("    ");
        for (int i = 0; i < excerpt.column(); i++) {
            carets.append(i < last.length() && last.charAt(i) == '\t' ? '\t' : ' ');
        }
        lines.add(carets.append("^".repeat(excerpt.width())).toString());
    }
}
