package nll.bigram;

import java.util.Arrays;
import nll.logspace.CompensatedSum;
import nll.logspace.LogSumExp;
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
            double logSumExp = LogSumExp.of(logits);
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
}
