package nll.kernel.eval;

import java.util.List;

/** The cell's code threw; the traceback has the exception's class, message and the frames of the user's code. */
public final class EvaluationException extends CellException {
    EvaluationException(String message, List<String> traceback) {
        super(message, traceback);
    }
}
