package nll.kernel.eval;

/**
 * Where a snippet's source starts: its place ("cell 3" for a cell's execution count, "helpers.jshell" for a file
 * run with %load) and the line there, from 1. Used to turn JShell's snippet ids in stack traces and diagnostics
 * into places a reader can find.
 */
record CellLocation(String place, int firstLine) {

    /** The place of line {@code snippetLine} (from 1) of the snippet. */
    String describe(int snippetLine) {
        return place + ", line " + (firstLine + snippetLine - 1);
    }
}
