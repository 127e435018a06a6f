package nll.logspace;

import nll.validation.Require;

/**
 * The softmax of a vector of logits, a probability distribution over its indices:
 *
 * <pre>
 *   softmax(x)_i = exp(x_i) / sum_j exp(x_j) = exp(x_i - m) / sum_j exp(x_j - m),   m = max_j x_j
 * </pre>
 *
 * <p>Subtracting the maximum changes nothing mathematically (the factor exp(-m) cancels) but
 * keeps every exponential in (0, 1], so logits such as {1000, 1001, 1002} give
 * {0.0900, 0.2447, 0.6652} instead of infinity divided by infinity.
 */
public final class Softmax {

    private Softmax() {}

    /**
     * Softmax in double precision.
     *
     * @param logits finite values, at least one
     * @return a new array of probabilities summing to 1 (up to rounding)
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinity
     */
    public static double[] of(double... logits) {
        Require.finiteValues("logits", logits);
        double max = LogSumExp.max(logits);
        double[] probabilities = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = Math.exp(logits[i] - max);
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }

    /**
     * Softmax with every operation in single precision.
     *
     * @param logits finite values, at least one
     * @return a new array of probabilities summing to 1 (up to float rounding)
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinity
     */
    public static float[] of(float... logits) {
        Require.finiteValues("logits", logits);
        float max = LogSumExp.max(logits);
        float[] probabilities = new float[logits.length];
        float sum = 0f;
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = (float) Math.exp(logits[i] - max);
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }
}
