package nll.logspace;

import nll.validation.Require;

/**
 * The log of a sum of exponentials, computed without overflow:
 *
 * <pre>
 *   logSumExp(x) = log(sum_i exp(x_i)) = m + log(sum_i exp(x_i - m)),   m = max_i x_i
 * </pre>
 *
 * <p>Each term {@code exp(x_i - m)} lies in (0, 1] and the largest is exactly 1, so the sum is in
 * [1, n]: neither overflow nor a log of 0 can occur. The {@code float} overloads perform every
 * operation in single precision, as a float32 tensor library does.
 */
public final class LogSumExp {

    private LogSumExp() {}

    /**
     * {@code log(sum_i exp(x_i))} in double precision.
     *
     * @param logits finite values, at least one
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinity
     */
    public static double of(double... logits) {
        Require.finiteValues("logits", logits);
        return unchecked(logits);
    }

    /**
     * {@code log(sum_i exp(x_i))} in single precision.
     *
     * @param logits finite values, at least one
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinity
     */
    public static float of(float... logits) {
        Require.finiteValues("logits", logits);
        return unchecked(logits);
    }

    static double unchecked(double[] logits) {
        double max = max(logits);
        return max + logOfShiftedSum(logits, max);
    }

    static float unchecked(float[] logits) {
        float max = max(logits);
        return max + logOfShiftedSum(logits, max);
    }

    static double max(double[] values) {
        double max = values[0];
        for (double x : values) {
            max = Math.max(max, x);
        }
        return max;
    }

    static float max(float[] values) {
        float max = values[0];
        for (float x : values) {
            max = Math.max(max, x);
        }
        return max;
    }

    /**
     * {@code log(sum_i exp(x_i - max))}. Callers that need {@code x_t - logSumExp(x)} compute
     * {@code (x_t - max) - logOfShiftedSum} instead: subtracting the large logSumExp directly
     * would cancel most of its digits (an error of ulp(1002) = 1.1e-13 for logits near 1000).
     */
    static double logOfShiftedSum(double[] logits, double max) {
        double sum = 0;
        for (double x : logits) {
            sum += Math.exp(x - max);
        }
        return Math.log(sum);
    }

    /** {@code log(sum_i exp(x_i - max))} with every operation rounded to float. */
    static float logOfShiftedSum(float[] logits, float max) {
        float sum = 0f;
        for (float x : logits) {
            sum += (float) Math.exp(x - max);
        }
        return (float) Math.log(sum);
    }
}
