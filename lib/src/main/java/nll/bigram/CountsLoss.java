package nll.bigram;

import java.util.Arrays;
import nll.logspace.CompensatedSum;
import nll.logspace.Softmax;

/** {@link BigramLoss#fromCounts}: the loss and gradient from the 27x27 counts. */
final class CountsLoss extends RegularizedLoss {

    private final long[] counts;
    private final long[] rowTotals;
    private final double n;

    CountsLoss(BigramCounts counts, double regularization) {
        super(regularization);
        this.counts = counts.shared();
        this.rowTotals = new long[Vocabulary.SIZE];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            rowTotals[i] = counts.rowTotal(i);
        }
        this.n = counts.total();
    }

    @Override
    double averageNll(double[] w, double[] gradient) {
        CompensatedSum nll = new CompensatedSum();
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            int row = i * Vocabulary.SIZE;
            double[] logits = Arrays.copyOfRange(w, row, row + Vocabulary.SIZE);
            double[] probs = Softmax.of(logits);
            // log sum_j exp(w_j) = w_k - log p_k for any k; at the largest logit p_k >= 1/27, so its log is exact
            // to rounding, and the row needs 27 exponentials instead of the 54 a separate LogSumExp would cost.
            int top = argmax(logits);
            double logSumExp = logits[top] - Math.log(probs[top]);
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                long count = counts[row + j];
                if (count != 0) {
                    nll.add(count * (logSumExp - w[row + j]));
                }
                gradient[row + j] = (rowTotals[i] * probs[j] - count) / n;
            }
        }
        return nll.value() / n;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
