package nll.kernel.eval;

/**
 * Thrown by a cell's {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} (see {@link ExitGuard}).
 * An Error, not an exception, so that a cell's {@code catch (Exception e)} does not swallow it.
 */
public final class ExitRefusedError extends Error {

    private static final long serialVersionUID = 1L;

    ExitRefusedError(String message) {
        super(message);
    }
}
