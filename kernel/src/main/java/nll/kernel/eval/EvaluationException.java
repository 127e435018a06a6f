package nll.kernel.eval;

import nll.kernel.traceback.CellException;
import nll.kernel.traceback.Traceback;

/** The cell's code threw; the traceback has the exception's class, message and the frames of the user's code. */
public final class EvaluationException extends CellException {

    EvaluationException(Traceback traceback) {
        super(traceback.firstLine(), traceback);
    }

    /** The kernel itself failed to run the cell (not the cell's code); the failure is the whole heading. */
    public static EvaluationException kernelFailure(Throwable failure) {
        return new EvaluationException(
                Traceback.of(Traceback.Fault.line("the kernel could not run the cell: " + failure, null)));
    }
}
