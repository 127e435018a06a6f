package nll.bigram;

/**
 * The counting bigram model: normalised counts with add-{@code s} smoothing,
 * {@code P(j | i) = (N[i][j] + s) / (R[i] + 27 s)}, where {@code N} is the count matrix and {@code R[i]} its row
 * total. With {@code s = 0} this is the maximum likelihood estimate; the smoothing {@code s = 1} of the post gives
 * every bigram, seen or not, a probability above zero. Immutable.
 *
 * <p>On {@code data/names.txt} with {@code s = 1}, the average NLL over its 229,804 examples is 2.45495.
 */
public final class CountModel implements BigramModel {

    private final double[] probabilities;
    private final long smoothing;

    private CountModel(double[] probabilities, long smoothing) {
        this.probabilities = probabilities;
        this.smoothing = smoothing;
    }

    /**
     * The smoothed, normalised counts.
     *
     * @param counts the bigram counts
     * @param smoothing the pseudo-count {@code s} added to every cell, at least 0 (the post uses 1)
     * @return the model
     * @throws IllegalArgumentException if {@code smoothing < 0}, or {@code smoothing = 0} and a row has no examples
     *     (its probabilities would be 0/0)
     */
    public static CountModel of(BigramCounts counts, long smoothing) {
        if (counts == null) {
            throw new IllegalArgumentException("counts = null must be a bigram count matrix");
        }
        if (smoothing < 0) {
            throw new IllegalArgumentException("smoothing = " + smoothing + " must be >= 0");
        }
        long[] n = counts.shared();
        double[] p = new double[n.length];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            long rowTotal = counts.rowTotal(i) + Vocabulary.SIZE * smoothing;
            if (rowTotal == 0) {
                throw new IllegalArgumentException("smoothing = 0 leaves row '" + Vocabulary.tokenAt(i)
                        + "' undefined: no example has '" + Vocabulary.tokenAt(i) + "' as input");
            }
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                int cell = i * Vocabulary.SIZE + j;
                p[cell] = (double) (n[cell] + smoothing) / rowTotal;
            }
        }
        return new CountModel(p, smoothing);
    }

    /** The pseudo-count {@code s}. */
    public long smoothing() {
        return smoothing;
    }

    @Override
    public double[] nextTokenProbabilities(int previous) {
        Vocabulary.checkIndex("previous", previous);
        double[] row = new double[Vocabulary.SIZE];
        System.arraycopy(probabilities, previous * Vocabulary.SIZE, row, 0, Vocabulary.SIZE);
        return row;
    }
}
