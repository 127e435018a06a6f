package nll.kernel.eval;

import java.util.List;

/** A snippet of the cell did not compile; the traceback has the compiler's message and the offending line. */
public final class CompilationException extends CellException {
    CompilationException(String message, List<String> traceback) {
        super(message, traceback);
    }
}
