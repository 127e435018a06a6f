package nll.information;

import nll.logspace.CompensatedSum;
import nll.validation.Require;

/** The check every distribution argument of this package passes: a probability vector. */
final class ProbabilityVector {

    /** How far from 1 the sum of a probability vector may be, allowing for the rounding of its entries. */
    static final double SUM_TOLERANCE = 1e-9;

    private ProbabilityVector() {}

    /**
     * Requires a non-empty array of values in [0, 1] (hence finite) that sum to 1 within
     * {@link #SUM_TOLERANCE}.
     *
     * @throws IllegalArgumentException naming {@code name} and the offending entry or sum
     */
    static double[] check(String name, double[] p) {
        Require.probabilities(name, p);
        double sum = CompensatedSum.of(p);
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            throw new IllegalArgumentException(name + " sums to " + sum
                    + "; a probability distribution must sum to 1 (within " + SUM_TOLERANCE + ")");
        }
        return p;
    }

    /** Requires two probability vectors over the same outcomes. */
    static void checkPair(String firstName, double[] first, String secondName, double[] second) {
        check(firstName, first);
        check(secondName, second);
        Require.sameLength(firstName, first.length, secondName, second.length);
    }
}
