package nll.kernel.eval;

import java.util.Arrays;

/**
 * What a cell's {@code System.exit(n)}, {@code Runtime.getRuntime().exit(n)} and {@code Runtime.getRuntime().halt(n)}
 * call instead ({@link ExitCalls} rewrites the calls as a cell's classes are loaded): a kernel that exits loses every
 * variable of the session and leaves the cell without a reply, so the call fails with {@link ExitRefusedError}.
 * Public because cell classes call it.
 */
// Always throwing is these methods' job: cells never call them by name; ExitCalls rewrites exit calls into them.
@SuppressWarnings("DoNotCallSuggester")
public final class ExitGuard {

    private ExitGuard() {}

    public static void systemExit(int status) {
        throw refused("System.exit", status);
    }

    public static void runtimeExit(Runtime runtime, int status) {
        throw refused("Runtime.exit", status);
    }

    public static void runtimeHalt(Runtime runtime, int status) {
        throw refused("Runtime.halt", status);
    }

    private static ExitRefusedError refused(String method, int status) {
        ExitRefusedError error = new ExitRefusedError(method + "(" + status + ") was called; the kernel does not exit "
                + "from a cell: restart it from the Kernel menu instead");
        StackTraceElement[] frames = error.getStackTrace();
        // The traceback starts at the cell's call, not in this class.
        int first = 0;
        while (first < frames.length && frames[first].getClassName().equals(ExitGuard.class.getName())) {
            first++;
        }
        error.setStackTrace(Arrays.copyOfRange(frames, first, frames.length));
        return error;
    }
}
