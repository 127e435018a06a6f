package nll.kernel;

import java.util.ArrayList;
import java.util.List;

import nll.kernel.eval.CellException;

/** The cell ran, but its value could not be shown (for example its {@code toString()} threw). */
public final class RenderingException extends CellException {

    RenderingException(Throwable cause) {
        super("the cell's value could not be shown: " + cause, traceback(cause));
    }

    /** The failure and its frames down to the kernel's own code, which is of no interest to the reader. */
    private static List<String> traceback(Throwable cause) {
        List<String> lines = new ArrayList<>();
        lines.add("the cell's value could not be shown: " + cause);
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("nll.kernel.") || frame.getClassName().startsWith("org.dflib.jjava.")) {
                break;
            }
            lines.add("\tat " + frame);
        }
        return lines;
    }
}
