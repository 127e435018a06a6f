package nll.kernel.eval;

import java.util.List;

/** The cell was interrupted (Jupyter's interrupt button, or a per-cell timeout) before it finished. */
public final class EvaluationInterruptedException extends CellException {
    EvaluationInterruptedException(String message) {
        super(message, List.of("EvaluationInterruptedException: " + message));
    }
}
