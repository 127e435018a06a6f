package nll.bigram;

import nll.validation.Require;

/**
 * The bigram model that minimises the label-smoothed cross entropy on the training counts: each example's one-hot
 * target is replaced by the soft target {@code (1 - epsilon) onehot + epsilon / 27} (PyTorch's
 * {@code F.cross_entropy(..., label_smoothing=epsilon)}), and the loss summed over row {@code i}'s examples,
 * {@code -sum_j ((1 - epsilon) N[i][j] + epsilon R[i] / 27) ln q_j}, is smallest at
 * {@code q_j = (1 - epsilon) N[i][j] / R[i] + epsilon / 27}. That is add-alpha smoothing with a pseudo-count that
 * grows with the row, {@code alpha_i = epsilon R[i] / (27 (1 - epsilon))}: a row with many examples is smoothed with
 * a large pseudo-count, a rare row with a small one. Immutable.
 */
public final class LabelSmoothedModel implements BigramModel {

    private final ProbabilityTable table;
    private final double epsilon;

    private LabelSmoothedModel(ProbabilityTable table, double epsilon) {
        this.table = table;
        this.epsilon = epsilon;
    }

    /**
     * The minimiser of the label-smoothed cross entropy on the counts.
     *
     * @param counts the training bigram counts
     * @param epsilon the smoothing, {@code 0 <= epsilon < 1} ({@code 0} is the raw frequencies)
     * @return the model
     * @throws IllegalArgumentException if {@code epsilon} is outside {@code [0, 1)} or NaN, or a row has no examples
     *     (the loss does not depend on that row's probabilities)
     */
    public static LabelSmoothedModel of(BigramCounts counts, double epsilon) {
        Require.nonNull("counts", counts, "a bigram count matrix");
        if (!(epsilon >= 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon = " + epsilon + " must be at least 0 and below 1");
        }
        ProbabilityTable table = ProbabilityTable.of(
                counts,
                (count, rowTotal) -> (1 - epsilon) * count / rowTotal + epsilon / Vocabulary.SIZE,
                token -> "counts: row '" + token + "' has no examples, so the label-smoothed loss does not fix its"
                        + " probabilities");
        return new LabelSmoothedModel(table, epsilon);
    }

    /** The smoothing {@code epsilon}. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    public double[] nextTokenProbabilities(int previous) {
        return table.row(previous);
    }
}
