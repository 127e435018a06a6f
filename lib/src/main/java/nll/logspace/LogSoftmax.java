package nll.logspace;

import nll.validation.Require;

/**
 * The logarithm of the softmax, computed directly rather than as {@code log(softmax(x))}:
 *
 * <pre>
 *   logSoftmax(x)_i = x_i - logSumExp(x) = (x_i - m) - log(sum_j exp(x_j - m)),   m = max_j x_j
 * </pre>
 *
 * <p>Taking the log of a softmax that has underflowed to 0 gives -infinity; this form stays finite
 * for every finite input (e.g. logits {0, 200} in float give -200 for the first class, where
 * {@code log(softmax)} gives -infinity because exp(-200) underflows float32).
 */
public final class LogSoftmax {

    private LogSoftmax() {}

    /**
     * Log-softmax in double precision.
     *
     * @param logits finite values, at least one
     * @return a new array of log-probabilities, each {@code <= 0}
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinity
     */
    public static double[] of(double... logits) {
        Require.finiteValues("logits", logits);
        double max = LogSumExp.max(logits);
        double logOfShiftedSum = LogSumExp.logOfShiftedSum(logits, max);
        double[] logProbabilities = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            logProbabilities[i] = (logits[i] - max) - logOfShiftedSum;
        }
        return logProbabilities;
    }

    /**
     * Log-softmax with every operation in single precision.
     *
     * @param logits finite values, at least one
     * @return a new array of log-probabilities, each {@code <= 0}
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinity
     */
    public static float[] of(float... logits) {
        Require.finiteValues("logits", logits);
        float max = LogSumExp.max(logits);
        float logOfShiftedSum = LogSumExp.logOfShiftedSum(logits, max);
        float[] logProbabilities = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            logProbabilities[i] = (logits[i] - max) - logOfShiftedSum;
        }
        return logProbabilities;
    }
}
