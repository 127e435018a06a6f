package nll.kernel;

import java.util.List;

import nll.kernel.eval.CellException;

/** A line or cell magic failed, for example {@code %jars} with a path that matches nothing. */
public final class MagicException extends CellException {
    MagicException(String message) {
        super(message, List.of(message));
    }
}
