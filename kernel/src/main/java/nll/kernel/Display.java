package nll.kernel;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The display functions a cell can call without qualification (the kernel imports them statically), with the
 * names and signatures IJava gives them.
 */
public final class Display {

    private Display() {}

    private static JavaKernel kernel() {
        return (JavaKernel) BaseKernel.notebookKernel();
    }

    /** Renders a value with the renderer registry: text/plain always, plus the richer types registered for it. */
    public static DisplayData render(Object value) {
        return kernel().getRenderer().render(value == null ? "null" : value);
    }

    /** Renders a value as the given MIME types (text/plain is always included). */
    public static DisplayData render(Object value, String... mimeTypes) {
        return kernel().getRenderer().renderAs(value == null ? "null" : value, mimeTypes);
    }

    /** Shows a value now, before the cell ends; returns the display id for {@link #updateDisplay}. */
    public static String display(Object value) {
        return kernel().show(render(value));
    }

    /** Shows a value as the given MIME types; returns the display id for {@link #updateDisplay}. */
    public static String display(Object value, String... mimeTypes) {
        return kernel().show(render(value, mimeTypes));
    }

    /** Replaces what the display with this id shows. */
    public static void updateDisplay(String id, Object value) {
        kernel().getIO().display.updateDisplay(id, render(value));
    }

    /** Replaces what the display with this id shows, rendered as the given MIME types. */
    public static void updateDisplay(String id, Object value, String... mimeTypes) {
        kernel().getIO().display.updateDisplay(id, render(value, mimeTypes));
    }

    /** Clears the running cell's output now, as IPython's {@code clear_output()}. */
    public static void clearOutput() {
        kernel().clearOutput(false);
    }

    /**
     * Clears the running cell's output; with {@code wait}, only when the next output arrives, so that a cell
     * redrawing its output in a loop does not flicker (IPython's {@code clear_output(wait=True)}).
     */
    public static void clearOutput(boolean wait) {
        kernel().clearOutput(wait);
    }
}
