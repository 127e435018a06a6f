package nll.distribution;

import java.util.Random;
import nll.format.DecimalText;
import nll.validation.Require;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The normal distribution N(mu, sigma) with mean {@code mu} and standard deviation {@code sigma}.
 *
 * <pre>
 *   pdf(x)    = exp(-(x - mu)^2 / (2 sigma^2)) / (sigma sqrt(2 pi))
 *   logPdf(x) = -(x - mu)^2 / (2 sigma^2) - log(sigma) - log(2 pi) / 2
 *   cdf(x)    = P(X &lt;= x) = (1 + erf((x - mu) / (sigma sqrt 2))) / 2
 *   P(a &lt;= X &lt;= b) = cdf(b) - cdf(a)
 * </pre>
 *
 * <p>The values are computed by Apache Commons Statistics' {@link NormalDistribution}, whose
 * cdf and interval probability are accurate in the tails (it uses the complementary error
 * function where {@code cdf(b) - cdf(a)} would cancel). Instances are immutable.
 */
public final class Normal {

    private final double mu;
    private final double sigma;
    private final NormalDistribution distribution;

    private Normal(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
        this.distribution = NormalDistribution.of(mu, sigma);
    }

    /**
     * N(mu, sigma).
     *
     * @param mu the mean, finite
     * @param sigma the standard deviation, finite and {@code > 0}
     * @throws IllegalArgumentException e.g. "sigma = -1.0 must be > 0 and finite"
     */
    public static Normal of(double mu, double sigma) {
        Require.finite("mu", mu);
        Require.positive("sigma", sigma);
        return new Normal(mu, sigma);
    }

    /** The mean mu. */
    public double mu() {
        return mu;
    }

    /** The standard deviation sigma. */
    public double sigma() {
        return sigma;
    }

    /** The variance sigma^2. */
    public double variance() {
        return sigma * sigma;
    }

    /**
     * The probability density at {@code x}: a density, not a probability, so it can exceed 1
     * (N(0, 0.1) has density 3.989 at 0).
     *
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public double pdf(double x) {
        return distribution.density(Require.notNaN("x", x));
    }

    /**
     * The natural log of the density, computed directly so that it stays finite far in the tails
     * where {@code pdf(x)} underflows to 0.
     *
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public double logPdf(double x) {
        return distribution.logDensity(Require.notNaN("x", x));
    }

    /**
     * The cumulative probability P(X &lt;= x).
     *
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public double cdf(double x) {
        return distribution.cumulativeProbability(Require.notNaN("x", x));
    }

    /**
     * The probability P(a &lt;= X &lt;= b) of the interval [a, b]; the bounds may be infinite.
     *
     * @throws IllegalArgumentException if a bound is NaN or {@code a > b}
     */
    public double probability(double a, double b) {
        Require.notNaN("a", a);
        Require.notNaN("b", b);
        if (a > b) {
            throw new IllegalArgumentException("a = " + a + " must be <= b = " + b);
        }
        return a == b ? 0 : distribution.probability(a, b);
    }

    /**
     * {@code n} draws from this distribution, reproducible from {@code seed}: the k-th value is
     * {@code mu + sigma * g_k} where g_k is the k-th {@code new Random(seed).nextGaussian()}
     * (an algorithm the Java SE specification fixes, so the values are the same on every JVM).
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public double[] samples(int n, long seed) {
        Require.nonNegative("n", n);
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mu + sigma * random.nextGaussian();
        }
        return values;
    }

    /** E.g. {@code "N(50, 2.5)"}: the parameters in their shortest exact decimal form. */
    @Override
    public String toString() {
        return "N(" + DecimalText.shortest(mu) + ", " + DecimalText.shortest(sigma) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Normal normal
                && Double.compare(mu, normal.mu) == 0
                && Double.compare(sigma, normal.sigma) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(mu) + Double.hashCode(sigma);
    }
}
