package nll.information;

import nll.logspace.CompensatedSum;

/**
 * The entropy of a discrete distribution, in nats:
 *
 * <pre>
 *   H(p) = -sum_i p_i log p_i        (0 log 0 = 0)
 * </pre>
 *
 * <p>It is the average surprise {@code -log p_i} of an outcome drawn from {@code p} itself: 0 for a
 * certain outcome, {@code log k} for the uniform distribution over {@code k} outcomes, and between
 * the two for every other distribution over {@code k} outcomes.
 */
public final class Entropy {

    private Entropy() {}

    /**
     * {@code H(p)}.
     *
     * @param p a probability vector: entries in [0, 1], summing to 1 within 1e-9
     * @return the entropy, {@code >= 0}
     * @throws IllegalArgumentException if {@code p} is null, empty, has an entry outside [0, 1] or
     *     NaN, or does not sum to 1
     */
    public static double of(double... p) {
        ProbabilityVector.check("p", p);
        CompensatedSum sum = new CompensatedSum();
        for (double pi : p) {
            if (pi > 0) {
                sum.add(pi * Math.log(pi));
            }
        }
        // 0.0 - sum, not -sum: a certain outcome has entropy 0.0, not -0.0
        return 0.0 - sum.value();
    }
}
