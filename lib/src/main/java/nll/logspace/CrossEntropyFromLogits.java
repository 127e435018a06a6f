package nll.logspace;

import nll.validation.Require;

/**
 * Cross entropy of an observed class given logits (not probabilities): the negative log-probability that the softmax of
 * the logits assigns to the target class,
 *
 * <pre>
 *   CE(x, t) = -log softmax(x)_t = logSumExp(x) - x_t
 * </pre>
 *
 * <p>With a one-hot target distribution this is exactly H(onehot(t), softmax(x)), and it is the
 * per-example negative log likelihood of a classifier. It is computed through {@link LogSoftmax}
 * so it is finite even when softmax(x)_t underflows to 0.
 */
public final class CrossEntropyFromLogits {

    private CrossEntropyFromLogits() {}

    /**
     * {@code -log softmax(logits)[target]} in double precision.
     *
     * @param logits finite values, at least one
     * @param target index of the observed class, in {@code [0, logits.length)}
     * @throws IllegalArgumentException for empty or non-finite logits or a target out of range
     */
    public static double of(double[] logits, int target) {
        Require.finiteValues("logits", logits);
        Require.index("target", target, logits.length);
        return unchecked(logits, target);
    }

    /**
     * {@code -log softmax(logits)[target]} with every operation in single precision.
     *
     * @param logits finite values, at least one
     * @param target index of the observed class, in {@code [0, logits.length)}
     * @throws IllegalArgumentException for empty or non-finite logits or a target out of range
     */
    public static float of(float[] logits, int target) {
        Require.finiteValues("logits", logits);
        Require.index("target", target, logits.length);
        float max = LogSumExp.max(logits);
        return -((logits[target] - max) - LogSumExp.logOfShiftedSum(logits, max));
    }

    /**
     * The mean cross entropy over a batch, {@code (1/n) sum_k CE(logits[k], targets[k])}, the
     * average negative log likelihood a classifier is trained to minimise. The terms are added
     * with {@link CompensatedSum}.
     *
     * @param logits one row of logits per example, at least one row
     * @param targets the observed class of each example
     * @throws IllegalArgumentException for mismatched lengths, an empty batch, non-finite logits or
     *     a target out of range (the message names the example's row)
     */
    public static double mean(double[][] logits, int[] targets) {
        Require.nonNull("logits", logits, "an array");
        Require.nonNull("targets", targets, "an array");
        Require.sameLength("logits", logits.length, "targets", targets.length);
        Require.positive("logits.length", logits.length);
        CompensatedSum total = new CompensatedSum();
        for (int k = 0; k < logits.length; k++) {
            Require.finiteValues("logits[" + k + "]", logits[k]);
            Require.index("targets[" + k + "]", targets[k], logits[k].length);
            total.add(unchecked(logits[k], targets[k]));
        }
        return total.value() / logits.length;
    }

    private static double unchecked(double[] logits, int target) {
        double max = LogSumExp.max(logits);
        return -((logits[target] - max) - LogSumExp.logOfShiftedSum(logits, max));
    }
}
