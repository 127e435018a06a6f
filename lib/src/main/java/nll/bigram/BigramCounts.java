package nll.bigram;

import nll.validation.Require;

/**
 * The 27x27 bigram count matrix {@code N}: {@code N[i][j]} is the number of examples whose input token is {@code i}
 * and whose label is {@code j}. Row {@code i} sums to {@code R[i]}, the number of examples with input {@code i}, and
 * all entries sum to the number of examples {@code n}. Immutable.
 *
 * <p>For the bigram model these counts are sufficient statistics: both the count model and the loss of the neural
 * model, with its gradient, depend on the examples only through {@code N}.
 */
public final class BigramCounts {

    private final long[] counts;
    private final long total;

    private BigramCounts(long[] counts) {
        this.counts = counts;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        this.total = sum;
    }

    /**
     * Counts the examples of a dataset.
     *
     * @param dataset the examples
     * @return {@code N[i][j] = #{k : xs[k] = i and ys[k] = j}}
     */
    public static BigramCounts of(BigramDataset dataset) {
        Require.nonNull("dataset", dataset, "a bigram dataset");
        int[] xs = dataset.sharedXs();
        int[] ys = dataset.sharedYs();
        long[] counts = new long[Vocabulary.SIZE * Vocabulary.SIZE];
        for (int k = 0; k < xs.length; k++) {
            counts[xs[k] * Vocabulary.SIZE + ys[k]]++;
        }
        return new BigramCounts(counts);
    }

    /** {@code N[previous][next]}, by token index. */
    public long count(int previous, int next) {
        Require.index("previous", previous, Vocabulary.SIZE);
        Require.index("next", next, Vocabulary.SIZE);
        return counts[previous * Vocabulary.SIZE + next];
    }

    /** {@code N[previous][next]}, by token, e.g. {@code count('n', '.')}. */
    public long count(char previous, char next) {
        return counts[Vocabulary.indexOf(previous) * Vocabulary.SIZE + Vocabulary.indexOf(next)];
    }

    /** {@code R[previous] = sum over j of N[previous][j]}: how many examples have this input token. */
    public long rowTotal(int previous) {
        Require.index("previous", previous, Vocabulary.SIZE);
        long sum = 0;
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            sum += counts[previous * Vocabulary.SIZE + j];
        }
        return sum;
    }

    /** {@code n}, the number of examples counted. */
    public long total() {
        return total;
    }

    /** A copy of the matrix as {@code long[27][27]}. */
    public long[][] toArray() {
        long[][] matrix = new long[Vocabulary.SIZE][Vocabulary.SIZE];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            System.arraycopy(counts, i * Vocabulary.SIZE, matrix[i], 0, Vocabulary.SIZE);
        }
        return matrix;
    }

    /** The matrix flattened row by row, without copying, for the computations in this package, which only read it. */
    long[] shared() {
        return counts;
    }
}
