package nll.notebooks.runner;

/** A notebook that could not be executed to the end: its message names the notebook and the cell. */
public final class NotebookFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotebookFailure(String message) {
        super(message);
    }
}
