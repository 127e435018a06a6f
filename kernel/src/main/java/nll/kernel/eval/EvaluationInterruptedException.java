package nll.kernel.eval;

import nll.kernel.traceback.CellException;
import nll.kernel.traceback.Traceback;

/** The cell was interrupted (Jupyter's interrupt button, or a per-cell timeout) before it finished. */
public final class EvaluationInterruptedException extends CellException {

    private static final String MESSAGE = "the cell was interrupted before it finished";

    EvaluationInterruptedException() {
        super(
                MESSAGE,
                Traceback.of(Traceback.Fault.line(EvaluationInterruptedException.class.getSimpleName(), MESSAGE)));
    }
}
