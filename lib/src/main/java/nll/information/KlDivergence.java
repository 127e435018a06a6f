package nll.information;

import nll.logspace.CompensatedSum;

/**
 * The Kullback-Leibler divergence of {@code q} from {@code p}, in nats:
 *
 * <pre>
 *   KL(p || q) = sum_i p_i (log p_i - log q_i) = H(p, q) - H(p)        (terms with p_i = 0 are 0)
 * </pre>
 *
 * <p>The extra average surprise paid for scoring outcomes drawn from {@code p} with {@code q}
 * instead of with {@code p} itself. Gibbs' inequality: it is {@code >= 0}, and 0 only when
 * {@code q_i = p_i} wherever {@code p_i > 0}. It is not symmetric: {@code KL(p || q)} and
 * {@code KL(q || p)} differ in general.
 *
 * <p>It is summed term by term rather than as the difference of two cross entropies, which would
 * cancel most of their digits when {@code q} is close to {@code p}. When {@code q} is within rounding
 * of {@code p} the terms can still sum to a few ulps below 0; the result is then 0, the bound the
 * inequality guarantees.
 */
public final class KlDivergence {

    private KlDivergence() {}

    /**
     * {@code KL(p || q)}.
     *
     * @param p the reference distribution (e.g. the data's), a probability vector
     * @param q the approximating distribution (e.g. a model's), a probability vector of the same
     *     length
     * @return the divergence, {@code >= 0}; {@code +Infinity} if {@code q_i = 0} for an outcome with
     *     {@code p_i > 0}
     * @throws IllegalArgumentException if either argument is null, empty, has an entry outside
     *     [0, 1] or NaN, or does not sum to 1, or if their lengths differ
     */
    public static double of(double[] p, double[] q) {
        ProbabilityVector.checkPair("p", p, "q", q);
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                sum.add(p[i] * (Math.log(p[i]) - Math.log(q[i])));
            }
        }
        return Math.max(0.0, sum.value());
    }
}
