/**
 * How a failed cell is reported: {@link nll.kernel.traceback.CellException}, the base of every failure a cell can
 * end with (the evaluator's, a magic's, the display's), and the {@link nll.kernel.traceback.Traceback} it carries,
 * a structured value rendered to the notebook's lines in one place.
 */
package nll.kernel.traceback;
