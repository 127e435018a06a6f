package nll.exercise;

import nll.validation.Require;

/**
 * How far an answer may be from the expected value: numbers {@code e} and {@code a} agree when
 * {@code |a - e| <= bound * max(1, |e|)}, or with {@code relative}, {@code bound * |e|} (for likelihoods of order
 * 1e-7); infinities only when they are the same, NaN only with NaN.
 *
 * @param bound the tolerance, at least 0
 * @param relative whether it scales with {@code |e|} alone, below 1 too
 */
record Tolerance(double bound, boolean relative) {

    Tolerance {
        Require.nonNegative("tolerance", bound);
    }

    boolean close(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        double scale = relative ? Math.abs(expected) : Math.max(1, Math.abs(expected));
        return Math.abs(actual - expected) <= bound * scale;
    }

    /** This tolerance, or {@code least} if that is larger. */
    Tolerance atLeast(double least) {
        return bound >= least ? this : new Tolerance(least, relative);
    }
}
