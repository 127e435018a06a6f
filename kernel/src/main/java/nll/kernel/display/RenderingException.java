package nll.kernel.display;

import java.util.ArrayList;
import java.util.List;
import nll.kernel.traceback.CellException;
import nll.kernel.traceback.Traceback;
import nll.kernel.traceback.Traceback.Fault;

/** The cell ran, but its value could not be shown (for example its {@code toString()} threw). */
public final class RenderingException extends CellException {

    RenderingException(Throwable cause) {
        super("the cell's value could not be shown: " + cause, traceback(cause));
    }

    /** The failure (all of it the heading) and its frames down to the kernel's own code, of no interest to the reader. */
    private static Traceback traceback(Throwable cause) {
        List<Traceback.Frame> frames = new ArrayList<>();
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("nll.kernel.")
                    || frame.getClassName().startsWith("org.dflib.jjava.")) {
                break;
            }
            frames.add(new Traceback.Frame(frame.toString(), 0));
        }
        return Traceback.of(
                new Fault("the cell's value could not be shown: " + cause, null, null, List.of(), null, frames, null));
    }
}
