package nll.mle;

import nll.validation.Require;

/**
 * The maximum likelihood estimate of a coin's probability of heads from k heads in n flips:
 *
 * <pre>
 *   log L(p) = k log p + (n - k) log(1 - p)
 *   d/dp log L = k / p - (n - k) / (1 - p) = 0   =>   p^ = k / n
 * </pre>
 *
 * Instances are immutable.
 */
public final class BernoulliMle {

    private final int heads;
    private final int flips;

    private BernoulliMle(int heads, int flips) {
        this.heads = heads;
        this.flips = flips;
    }

    /**
     * The estimate from {@code heads} heads in {@code flips} flips.
     *
     * @throws IllegalArgumentException if {@code flips < 1} or heads is outside [0, flips]
     */
    public static BernoulliMle of(int heads, int flips) {
        Require.countOf("heads", heads, "flips", flips);
        return new BernoulliMle(heads, flips);
    }

    /**
     * The estimate from 0/1 outcomes (1 = heads).
     *
     * @throws IllegalArgumentException for empty outcomes or an outcome other than 0 or 1
     */
    public static BernoulliMle fromOutcomes(int... outcomes) {
        Require.binary("outcomes", outcomes);
        int heads = 0;
        for (int outcome : outcomes) {
            heads += outcome;
        }
        return new BernoulliMle(heads, outcomes.length);
    }

    /** The number of heads k. */
    public int heads() {
        return heads;
    }

    /** The number of flips n. */
    public int flips() {
        return flips;
    }

    /** p^ = k / n. */
    public double p() {
        return (double) heads / flips;
    }
}
