package nll.mle;

import nll.distribution.Normal;
import nll.logspace.CompensatedSum;
import nll.validation.Require;

/**
 * The maximum likelihood estimate of N(mu, sigma) from data x_1..x_n, in closed form. Setting both
 * partial derivatives of the log-likelihood to zero,
 *
 * <pre>
 *   d/dmu    log L = sum_i (x_i - mu) / sigma^2                    = 0  =>  mu^     = (1/n) sum_i x_i
 *   d/dsigma log L = -n / sigma + sum_i (x_i - mu)^2 / sigma^3     = 0  =>  sigma^2 = (1/n) sum_i (x_i - mu^)^2
 * </pre>
 *
 * <p>The variance divides by n, not by n - 1: the MLE is the sample's own spread around its own
 * mean, which is biased low as an estimate of the population variance; the unbiased sample
 * variance (divisor n - 1) is given by {@link #sampleVariance()} for comparison. Sums are
 * compensated and the variance is computed in two passes (deviations from the mean first), which
 * avoids the cancellation of the one-pass formula E[x^2] - E[x]^2. Instances are immutable.
 */
public final class NormalMle {

    private final int n;
    private final double mean;
    private final double sumOfSquaredDeviations;

    private NormalMle(int n, double mean, double sumOfSquaredDeviations) {
        this.n = n;
        this.mean = mean;
        this.sumOfSquaredDeviations = sumOfSquaredDeviations;
    }

    /**
     * The estimate from {@code data}.
     *
     * @throws IllegalArgumentException for empty data or a NaN or infinite value
     */
    public static NormalMle of(double... data) {
        Require.finiteValues("data", data);
        double mean = CompensatedSum.of(data) / data.length;
        CompensatedSum squares = new CompensatedSum();
        for (double x : data) {
            squares.add((x - mean) * (x - mean));
        }
        return new NormalMle(data.length, mean, squares.value());
    }

    /** The number of observations n. */
    public int size() {
        return n;
    }

    /** mu^ = (1/n) sum_i x_i. */
    public double mean() {
        return mean;
    }

    /** sigma^2 = (1/n) sum_i (x_i - mu^)^2, the maximum likelihood variance. */
    public double variance() {
        return sumOfSquaredDeviations / n;
    }

    /** sigma^ = sqrt((1/n) sum_i (x_i - mu^)^2). */
    public double sigma() {
        return Math.sqrt(variance());
    }

    /**
     * s^2 = (1/(n - 1)) sum_i (x_i - mu^)^2, the unbiased sample variance (not the MLE).
     *
     * @throws IllegalStateException if n = 1, where it is undefined
     */
    public double sampleVariance() {
        if (n < 2) {
            throw new IllegalStateException("n = " + n + ": the sample variance needs at least 2 observations");
        }
        return sumOfSquaredDeviations / (n - 1);
    }

    /**
     * N(mu^, sigma^).
     *
     * @throws IllegalArgumentException if every observation is equal, so sigma^ = 0
     */
    public Normal normal() {
        return Normal.of(mean, sigma());
    }
}
