/**
 * The notebook runner: executes the project's notebooks headless through Jupyter's nbconvert on the project's
 * kernel ({@link nll.notebooks.runner.NotebookExecutor}), checks that their committed outputs are current
 * ({@link nll.notebooks.runner.OutputCheck}), writes executed outputs back ({@code ./run --update}) and builds the
 * static site ({@link nll.notebooks.runner.Site}, {@code ./run --site}). {@link nll.notebooks.runner.NotebookCommand}
 * is the command line behind both.
 */
package nll.notebooks.runner;
