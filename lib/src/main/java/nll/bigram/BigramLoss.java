package nll.bigram;

import nll.validation.Require;

/**
 * The training loss of the neural bigram model, the post's
 * {@code loss = -probs[arange(n), ys].log().mean() + 0.01*(W**2).mean()}:
 *
 * <pre>
 *   L(W) = -(1/n) sum_k log softmax(W[xs[k]])[ys[k]]  +  lambda (1/729) sum_ij W[i][j]^2
 * </pre>
 *
 * with {@code lambda = 0.01} in the post. Its gradient is
 *
 * <pre>
 *   dL/dW[i][j] = (1/n) sum_{k : xs[k] = i} (softmax(W[i])_j - [ys[k] = j])  +  2 lambda W[i][j] / 729
 *               = (R[i] softmax(W[i])_j - N[i][j]) / n                         +  2 lambda W[i][j] / 729
 * </pre>
 *
 * where {@code N} is the bigram count matrix and {@code R[i]} its row total: the gradient of the mean NLL with
 * respect to the logits of example {@code k} is {@code (probs[k] - onehot(ys[k])) / n}, and one-hot inputs route it
 * to row {@code xs[k]} of {@code W}. The second line shows that the counts are sufficient statistics.
 *
 * <p>Two implementations compute the same numbers to 1e-12: {@link #perExample} goes through the examples one by
 * one, {@link #fromCounts} through the 729 counts.
 */
public interface BigramLoss {

    /** The post's weight lambda of the regulariser, {@code 0.01}: the loss adds {@code 0.01 * mean(W^2)}. */
    double POST_REGULARIZATION = 0.01;

    /**
     * Loss and gradient at a model.
     *
     * @param model the weights {@code W}
     * @return {@code L(W)} and {@code dL/dW}
     */
    LossAndGradient evaluate(NeuralModel model);

    /** {@code L(W)} alone. */
    default double loss(NeuralModel model) {
        return evaluate(model).loss();
    }

    /** The regulariser weight {@code lambda}. */
    double regularization();

    /** The loss over every example, with the post's {@code lambda = 0.01}; see {@link #perExample(BigramDataset,
     * double)}. */
    static BigramLoss perExample(BigramDataset dataset) {
        return perExample(dataset, POST_REGULARIZATION);
    }

    /**
     * The loss computed example by example, as the post's one-hot code does, without building the one-hot matrix:
     * for each example, the softmax of row {@code xs[k]} of {@code W}, its log probability of {@code ys[k]}, and
     * {@code probs - onehot(ys[k])} added into row {@code xs[k]} of the gradient. The examples are split into a
     * fixed number of contiguous chunks evaluated in parallel and combined in chunk order, so the result is the same
     * on every run and every machine.
     *
     * @param dataset the examples
     * @param regularization {@code lambda}, finite and at least 0
     * @return the loss
     */
    static BigramLoss perExample(BigramDataset dataset, double regularization) {
        Require.nonNull("dataset", dataset, "a bigram dataset");
        return new PerExampleLoss(dataset, regularization);
    }

    /** The loss from the counts, with the post's {@code lambda = 0.01}; see {@link #fromCounts(BigramCounts,
     * double)}. */
    static BigramLoss fromCounts(BigramCounts counts) {
        return fromCounts(counts, POST_REGULARIZATION);
    }

    /**
     * The loss computed from the sufficient statistics: with {@code lse_i = log sum_j exp(W[i][j])},
     * {@code L(W) = (1/n) sum_ij N[i][j] (lse_i - W[i][j]) + lambda (1/729) sum_ij W[i][j]^2}, and the gradient from
     * the second line above. A step costs 729 terms whatever the number of examples.
     *
     * @param counts the bigram counts of the examples
     * @param regularization {@code lambda}, finite and at least 0
     * @return the loss
     */
    static BigramLoss fromCounts(BigramCounts counts, double regularization) {
        Require.nonNull("counts", counts, "a bigram count matrix");
        return new CountsLoss(counts, regularization);
    }
}
