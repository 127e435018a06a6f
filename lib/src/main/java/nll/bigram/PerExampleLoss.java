package nll.bigram;

import java.util.stream.IntStream;

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
        Partial[] partials = IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> accumulate(w, (int) ((long) n * c / CHUNKS), (int) ((long) n * (c + 1) / CHUNKS)))
                .toArray(Partial[]::new);
        CompensatedSum nll = new CompensatedSum();
        for (Partial partial : partials) {
            nll.add(partial.nll);
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += partial.gradient[k];
            }
        }
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] /= n;
        }
        return nll.value() / n;
    }

    /** The fused forward and backward pass over examples {@code [from, to)}. */
    private Partial accumulate(double[] w, int from, int to) {
        Partial partial = new Partial();
        double[] probs = new double[Vocabulary.SIZE];
        double[] g = partial.gradient;
        for (int k = from; k < to; k++) {
            int row = xs[k] * Vocabulary.SIZE;
            int label = ys[k];
            double logSumExp = RowSoftmax.normalise(w, row, probs);
            partial.nll.add(logSumExp - w[row + label]);
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                g[row + j] += probs[j];
            }
            g[row + label] -= 1;
        }
        return partial;
    }
}
