package nll.bigram;

import java.util.Arrays;
import java.util.stream.IntStream;
import nll.logspace.CompensatedSum;
import nll.logspace.LogSumExp;
import nll.logspace.Softmax;

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
        RowSoftmaxes rows = new RowSoftmaxes(w);
        Partial[] partials = IntStream.range(0, CHUNKS)
                .parallel()
                .mapToObj(c -> accumulate(rows, (int) ((long) n * c / CHUNKS), (int) ((long) n * (c + 1) / CHUNKS)))
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
     * The forward pass of every input the examples can have: one-hot inputs make the logits of example {@code k}
     * row {@code xs[k]} of {@code W}, so there are only 27 distinct logit rows, and their softmaxes are computed once
     * per step instead of once per example (the one-hot product computes each of them again for every example that
     * has that input).
     */
    private static final class RowSoftmaxes {
        /** {@code W} itself, flattened row by row. */
        final double[] logits;
        /** {@code softmax(W[i])_j}, flattened row by row. */
        final double[] probs;
        /** {@code log sum_j exp(W[i][j])}, so that {@code -log softmax(W[i])_j = logSumExp[i] - W[i][j]}. */
        final double[] logSumExp = new double[Vocabulary.SIZE];

        RowSoftmaxes(double[] w) {
            logits = w;
            probs = new double[w.length];
            for (int i = 0; i < Vocabulary.SIZE; i++) {
                int row = i * Vocabulary.SIZE;
                double[] rowLogits = Arrays.copyOfRange(w, row, row + Vocabulary.SIZE);
                System.arraycopy(Softmax.of(rowLogits), 0, probs, row, Vocabulary.SIZE);
                logSumExp[i] = LogSumExp.of(rowLogits);
            }
        }
    }

    /**
     * The loss and backward pass over examples {@code [from, to)}, one example at a time: its
     * {@code -log p[ys[k]]} from the softmax of its logits, and its {@code probs - onehot(ys[k])} added into row
     * {@code xs[k]} of the gradient, 27 additions per example.
     */
    private Partial accumulate(RowSoftmaxes rows, int from, int to) {
        Partial partial = new Partial();
        double[] g = partial.gradient;
        double[] probs = rows.probs;
        for (int k = from; k < to; k++) {
            int input = xs[k];
            int row = input * Vocabulary.SIZE;
            int label = ys[k];
            partial.nll.add(rows.logSumExp[input] - rows.logits[row + label]);
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                g[row + j] += probs[row + j];
            }
            g[row + label] -= 1;
        }
        return partial;
    }
}
