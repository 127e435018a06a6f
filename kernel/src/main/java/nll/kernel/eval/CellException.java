package nll.kernel.eval;

import java.util.List;

/**
 * A cell that could not run to its end. Its traceback is what the notebook shows: plain lines, no colour codes,
 * nothing that changes from one run to the next.
 */
public abstract class CellException extends RuntimeException {

    private final List<String> traceback;

    protected CellException(String message, List<String> traceback) {
        super(message, null, false, false);
        this.traceback = List.copyOf(traceback);
    }

    public List<String> traceback() {
        return traceback;
    }
}
