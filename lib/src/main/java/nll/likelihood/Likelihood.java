package nll.likelihood;

import java.util.Arrays;
import nll.distribution.Bernoulli;
import nll.distribution.Normal;
import nll.logspace.CompensatedSum;
import nll.validation.Require;

/**
 * The likelihood of a model given fixed, independent observations x_1..x_n:
 *
 * <pre>
 *   L(theta | x)      = prod_i P(x_i | theta)                 (the product)
 *   log L(theta | x)  = sum_i log P(x_i | theta)              (the log-likelihood)
 *   NLL(theta)        = -log L(theta | x)
 *   average NLL       = -log L(theta | x) / n
 * </pre>
 *
 * <p>P(x_i | theta) is a density for continuous data (normal) and a probability for discrete data
 * (Bernoulli, categorical). The product is multiplied left to right exactly as written, so it
 * underflows to 0 on long data, which is the point it makes; the log-likelihood adds per-point
 * logs that are computed directly (e.g. {@link Normal#logPdf}, not {@code log(pdf)}) with
 * {@link CompensatedSum}, so it stays finite and accurate for any n. Instances are immutable.
 */
public final class Likelihood {

    private final double[] perPoint;
    private final double[] logPerPoint;

    private Likelihood(double[] perPoint, double[] logPerPoint) {
        this.perPoint = perPoint;
        this.logPerPoint = logPerPoint;
    }

    /**
     * The likelihood of {@code model} given continuous {@code data}: per point, the density
     * {@code model.pdf(x_i)}.
     *
     * @throws IllegalArgumentException for a null model, empty data or a NaN or infinite value
     */
    public static Likelihood of(Normal model, double... data) {
        Require.nonNull("model", model, "a distribution");
        Require.finiteValues("data", data);
        double[] perPoint = new double[data.length];
        double[] logPerPoint = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            perPoint[i] = model.pdf(data[i]);
            logPerPoint[i] = model.logPdf(data[i]);
        }
        return new Likelihood(perPoint, logPerPoint);
    }

    /**
     * The likelihood of a coin with probability {@code p} of heads given 0/1 {@code outcomes}
     * (1 = heads): per point, p for a 1 and 1 - p for a 0.
     *
     * @throws IllegalArgumentException for p outside [0, 1], empty outcomes or an outcome other
     *     than 0 or 1
     */
    public static Likelihood bernoulli(double p, int... outcomes) {
        Bernoulli coin = Bernoulli.of(p);
        Require.binary("outcomes", outcomes);
        double[] perPoint = new double[outcomes.length];
        double[] logPerPoint = new double[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            perPoint[i] = coin.probability(outcomes[i]);
            logPerPoint[i] = coin.logProbability(outcomes[i]);
        }
        return new Likelihood(perPoint, logPerPoint);
    }

    /**
     * The likelihood of a coin with probability {@code p} of heads given {@code heads} heads in
     * {@code flips} flips, p^k (1 - p)^(n - k): the same as {@link #bernoulli(double, int...)}
     * with the heads first, since the order of independent flips does not change the product.
     *
     * @throws IllegalArgumentException for p outside [0, 1], {@code flips < 1} or heads outside
     *     [0, flips]
     */
    public static Likelihood coin(double p, int heads, int flips) {
        Require.countOf("heads", heads, "flips", flips);
        int[] outcomes = new int[flips];
        Arrays.fill(outcomes, 0, heads, 1);
        return bernoulli(p, outcomes);
    }

    /**
     * The likelihood of a categorical model given the probability it assigned to each observed
     * class, e.g. for a language model {@code probabilities[i] = P(next char_i | previous char_i)}.
     *
     * @throws IllegalArgumentException for empty input or a value outside [0, 1]
     */
    public static Likelihood categorical(double... probabilitiesOfObserved) {
        Require.probabilities("probabilitiesOfObserved", probabilitiesOfObserved);
        double[] perPoint = probabilitiesOfObserved.clone();
        double[] logPerPoint = new double[perPoint.length];
        for (int i = 0; i < perPoint.length; i++) {
            logPerPoint[i] = Math.log(perPoint[i]);
        }
        return new Likelihood(perPoint, logPerPoint);
    }

    /**
     * The likelihood of a categorical model given its predicted distribution for each example
     * ({@code predictions[i]} sums to 1 over the classes) and the observed class of each.
     *
     * @throws IllegalArgumentException for mismatched lengths, empty input, a probability outside
     *     [0, 1] or an observed class out of range
     */
    public static Likelihood categorical(double[][] predictions, int[] observed) {
        Require.nonNull("predictions", predictions, "an array");
        Require.nonNull("observed", observed, "an array");
        Require.sameLength("predictions", predictions.length, "observed", observed.length);
        double[] assigned = new double[observed.length];
        for (int i = 0; i < observed.length; i++) {
            Require.probabilities("predictions[" + i + "]", predictions[i]);
            assigned[i] = predictions[i][Require.index("observed[" + i + "]", observed[i], predictions[i].length)];
        }
        return categorical(assigned);
    }

    /** The number of observations n. */
    public int size() {
        return perPoint.length;
    }

    /** P(x_i | theta) for each observation, a new array. */
    public double[] perPoint() {
        return perPoint.clone();
    }

    /** log P(x_i | theta) for each observation, a new array. */
    public double[] logPerPoint() {
        return logPerPoint.clone();
    }

    /** The product prod_i P(x_i | theta), multiplied in order; 0 once it underflows. */
    public double product() {
        double product = 1;
        for (double value : perPoint) {
            product *= value;
        }
        return product;
    }

    /**
     * The log-likelihood sum_i log P(x_i | theta), compensated; -infinity if some observation
     * has probability 0.
     */
    public double logLikelihood() {
        return CompensatedSum.of(logPerPoint);
    }

    /** The negative log likelihood -sum_i log P(x_i | theta). */
    public double nll() {
        // 0.0 - x rather than -x: a log-likelihood of exactly 0 gives an NLL of 0.0, not -0.0
        return 0.0 - logLikelihood();
    }

    /** The average negative log likelihood -(1/n) sum_i log P(x_i | theta). */
    public double averageNll() {
        return nll() / perPoint.length;
    }
}
