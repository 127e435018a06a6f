package nll.distribution;

import nll.format.DecimalText;
import nll.validation.Require;

/**
 * The Bernoulli distribution of one coin flip: outcome 1 (heads) with probability {@code p},
 * outcome 0 (tails) with probability {@code 1 - p}.
 *
 * <pre>
 *   P(x | p)     = p^x (1 - p)^(1 - x),        x in {0, 1}
 *   log P(x | p) = x log p + (1 - x) log(1 - p)
 * </pre>
 *
 * <p>Instances are immutable. {@code p} may be 0 or 1; the log-probability of the impossible
 * outcome is then -infinity, a legitimate value, never NaN.
 */
public final class Bernoulli {

    private final double p;

    private Bernoulli(double p) {
        this.p = p;
    }

    /**
     * The coin with probability {@code p} of heads.
     *
     * @throws IllegalArgumentException e.g. "p = 1.5 must be a probability in [0, 1]"
     */
    public static Bernoulli of(double p) {
        return new Bernoulli(Require.probability("p", p));
    }

    /** The probability of heads. */
    public double p() {
        return p;
    }

    /**
     * P(x | p) for an outcome {@code x} of 0 or 1.
     *
     * @throws IllegalArgumentException if {@code x} is neither 0 nor 1
     */
    public double probability(int outcome) {
        return requireOutcome(outcome) == 1 ? p : 1 - p;
    }

    /**
     * log P(x | p), using {@code log1p(-p)} for tails so that a small p loses no digits.
     *
     * @throws IllegalArgumentException if {@code x} is neither 0 nor 1
     */
    public double logProbability(int outcome) {
        return requireOutcome(outcome) == 1 ? Math.log(p) : Math.log1p(-p);
    }

    @Override
    public String toString() {
        return "Bernoulli(" + DecimalText.shortest(p) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bernoulli bernoulli && Double.compare(p, bernoulli.p) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(p);
    }

    private static int requireOutcome(int outcome) {
        if (outcome != 0 && outcome != 1) {
            throw new IllegalArgumentException("outcome = " + outcome + " must be 0 or 1");
        }
        return outcome;
    }
}
