package nll.kernel.eval;

import nll.kernel.traceback.CellException;
import nll.kernel.traceback.Traceback;

/** Code of the cell did not compile; the traceback lists every compile error with its line and carets. */
public final class CompilationException extends CellException {
    CompilationException(String firstMessage, Traceback traceback) {
        super(firstMessage, traceback);
    }
}
