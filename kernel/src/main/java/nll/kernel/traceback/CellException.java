package nll.kernel.traceback;

/**
 * A cell that could not run to its end, with the {@link Traceback} the notebook shows for it. Its message is the
 * error's one-line summary (Jupyter's {@code evalue}).
 */
public abstract class CellException extends RuntimeException {

    private final transient Traceback traceback;

    protected CellException(String message, Traceback traceback) {
        super(message, null, false, false);
        this.traceback = traceback;
    }

    public Traceback traceback() {
        return traceback;
    }
}
