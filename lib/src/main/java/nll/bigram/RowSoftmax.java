package nll.bigram;

/**
 * Softmax of one row of 27 logits, shifted by the row maximum {@code m} so that no exponential overflows:
 * {@code p_j = exp(z_j - m) / sum_k exp(z_k - m)}, which equals {@code exp(z_j) / sum_k exp(z_k)}.
 */
final class RowSoftmax {

    private RowSoftmax() {
    }

    /**
     * Writes the softmax of {@code logits[offset .. offset + 27)} into {@code probs[0 .. 27)}.
     *
     * @return {@code log sum_k exp(z_k) = m + log sum_k exp(z_k - m)}, so that {@code -log p_j} is this minus
     *     {@code z_j}
     */
    static double normalise(double[] logits, int offset, double[] probs) {
        double max = logits[offset];
        for (int j = 1; j < Vocabulary.SIZE; j++) {
            double z = logits[offset + j];
            if (z > max) {
                max = z;
            }
        }
        double sum = 0;
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            double e = Math.exp(logits[offset + j] - max);
            probs[j] = e;
            sum += e;
        }
        double inverse = 1 / sum;
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            probs[j] *= inverse;
        }
        return max + Math.log(sum);
    }
}
