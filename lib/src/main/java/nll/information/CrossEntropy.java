package nll.information;

import nll.logspace.CompensatedSum;

/**
 * The cross entropy of a distribution {@code q} relative to a distribution {@code p}, in nats:
 *
 * <pre>
 *   H(p, q) = -sum_i p_i log q_i        (terms with p_i = 0 are 0)
 * </pre>
 *
 * <p>It is the average surprise {@code -log q_i} of outcomes drawn from {@code p} when they are
 * scored by {@code q}. With a one-hot {@code p} (all mass on the observed outcome {@code t}) it is
 * {@code -log q_t}, the negative log likelihood of that observation. It is never below
 * {@code H(p)}, and equals it only at {@code q = p}; the difference is {@link KlDivergence}.
 *
 * <p>Not to be confused with {@link nll.logspace.CrossEntropyFromLogits}, the same quantity for a one-hot
 * target computed from logits.
 */
public final class CrossEntropy {

    private CrossEntropy() {}

    /**
     * {@code H(p, q)}.
     *
     * @param p the distribution outcomes are drawn from (e.g. the data's), a probability vector
     * @param q the distribution that scores them (e.g. a model's), a probability vector of the same
     *     length
     * @return the cross entropy, {@code >= H(p)}; {@code +Infinity} if {@code q_i = 0} for an
     *     outcome with {@code p_i > 0}
     * @throws IllegalArgumentException if either argument is null, empty, has an entry outside
     *     [0, 1] or NaN, or does not sum to 1, or if their lengths differ
     */
    public static double of(double[] p, double[] q) {
        ProbabilityVector.checkPair("p", p, "q", q);
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                sum.add(p[i] * Math.log(q[i]));
            }
        }
        return 0.0 - sum.value();
    }
}
