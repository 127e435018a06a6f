package nll.kernel.eval;

/**
 * Where a snippet's source starts: the cell (its execution count) and the line within the cell, both from 1.
 * Used to turn JShell's snippet ids in stack traces and diagnostics into places a reader can find.
 */
record CellLocation(int cell, int firstLine) {

    /** The place of line {@code snippetLine} (from 1) of the snippet. */
    String describe(int snippetLine) {
        return "cell " + cell + ", line " + (firstLine + snippetLine - 1);
    }
}
