package nll.bigram;

import java.util.stream.IntStream;
import nll.logspace.CompensatedSum;

/** {@link BigramLoss#perExample}: the loss and gradient accumulated example by example. */
final class PerExampleLoss extends RegularizedLoss {

    /**
     * Fixed number of chunks, independent of the number of cores, so that the order of every floating-point addition
     * and hence the result never changes; 16 keeps two to eight cores busy.
     */
    static final int CHUNKS = 16;

    private final int[] xs;
    private final int[] ys;

    PerExampleLoss(BigramDataset dataset, double regularization) {
        super(regularization);
        this.xs = dataset.sharedXs();
        this.ys = dataset.sharedYs();
    }

    /** The sums of one chunk: {@code sum -log p} and {@code sum (probs - onehot)} per row of {@code W}. */
    private static final class Partial {
        final CompensatedSum nll = new CompensatedSum();
        final double[] gradient = new double[Vocabulary.SIZE * Vocabulary.SIZE];
    }

    @Override
    double averageNll(double[] w, double[] gradient) {
        int n = xs.length;
        double[] shifted = shiftedLogits(w);
        Partial[] partials = IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> accumulate(shifted, (int) ((long) n * c / CHUNKS),
                        (int) ((long) n * (c + 1) / CHUNKS)))
                .toArray(Partial[]::new);
        CompensatedSum nll = new CompensatedSum();
        for (Partial partial : partials) {
            nll.add(partial.nll.value());
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += partial.gradient[k];
            }
        }
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] /= n;
        }
        return nll.value() / n;
    }

    /**
     * {@code W[i][j] - max_k W[i][k]}: every logit an example can have, shifted by its row maximum so that no
     * exponential overflows. Softmax is unchanged by the shift; doing it once per step rather than once per example
     * takes the maximum out of the hot loop.
     */
    private static double[] shiftedLogits(double[] w) {
        double[] shifted = new double[w.length];
        for (int row = 0; row < w.length; row += Vocabulary.SIZE) {
            double max = w[row];
            for (int j = 1; j < Vocabulary.SIZE; j++) {
                max = Math.max(max, w[row + j]);
            }
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                shifted[row + j] = w[row + j] - max;
            }
        }
        return shifted;
    }

    /**
     * The fused forward and backward pass over examples {@code [from, to)}: for each example the softmax of its
     * shifted logits {@code s = shifted[xs[k]]}, {@code -log p[ys[k]] = log sum_j exp(s_j) - s[ys[k]]}, and
     * {@code probs - onehot(ys[k])} added into row {@code xs[k]}. The softmax is written inline rather than through
     * {@link nll.logspace.Softmax#of(double...)}, which would copy, check and allocate once per example, 229,804
     * times a step, so that the probabilities go straight into the gradient.
     */
    private Partial accumulate(double[] shifted, int from, int to) {
        Partial partial = new Partial();
        double[] exps = new double[Vocabulary.SIZE];
        double[] g = partial.gradient;
        for (int k = from; k < to; k++) {
            int row = xs[k] * Vocabulary.SIZE;
            int label = ys[k];
            double sum = 0;
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                double e = Math.exp(shifted[row + j]);
                exps[j] = e;
                sum += e;
            }
            double inverse = 1 / sum;
            partial.nll.add(Math.log(sum) - shifted[row + label]);
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                g[row + j] += exps[j] * inverse;
            }
            g[row + label] -= 1;
        }
        return partial;
    }
}
