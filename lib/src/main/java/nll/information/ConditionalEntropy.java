package nll.information;

import nll.logspace.CompensatedSum;
import nll.validation.Require;

/**
 * The conditional entropy {@code H(Y | X)} of the empirical distribution of a matrix of pair counts,
 * in nats. With {@code N[i][j]} the number of pairs {@code (x = i, y = j)}, {@code R[i]} its row
 * totals and {@code n} the number of pairs:
 *
 * <pre>
 *   H(Y | X) = sum_i (R[i] / n) H(N[i] / R[i]) = -(1/n) sum_ij N[i][j] log(N[i][j] / R[i])        (0 log 0 = 0)
 * </pre>
 *
 * <p>The average surprise of {@code y} once {@code x} is known, weighting each row's entropy by how
 * often its {@code x} occurs. For bigram counts it is the lowest average negative log likelihood any
 * model of {@code P(next | previous)} can reach on the pairs counted, reached by the normalised counts
 * {@code N[i][j] / R[i]} themselves. Rows without pairs contribute nothing.
 */
public final class ConditionalEntropy {

    private ConditionalEntropy() {}

    /**
     * {@code H(Y | X)} of the pairs counted in {@code counts}.
     *
     * @param counts a rectangular matrix of non-negative counts, {@code counts[x][y]}, with at least
     *     one positive count (e.g. {@code BigramCounts.toArray()})
     * @return the conditional entropy, {@code >= 0}
     * @throws IllegalArgumentException if {@code counts} is null, empty or ragged, has a negative
     *     entry, or sums to 0
     */
    public static double of(long[][] counts) {
        long total = checkedTotal(counts);
        CompensatedSum sum = new CompensatedSum();
        for (long[] row : counts) {
            long rowTotal = 0;
            for (long count : row) {
                rowTotal += count;
            }
            for (long count : row) {
                if (count > 0) {
                    sum.add(count * Math.log((double) count / rowTotal));
                }
            }
        }
        return 0.0 - sum.value() / total;
    }

    private static long checkedTotal(long[][] counts) {
        Require.nonNull("counts", counts, "a matrix of counts");
        if (counts.length == 0 || Require.nonNull("counts[0]", counts[0], "a row of counts").length == 0) {
            throw new IllegalArgumentException("counts is empty; it needs at least one row and one column");
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            Require.nonNull("counts[" + i + "]", counts[i], "a row of counts");
            if (counts[i].length != counts[0].length) {
                throw new IllegalArgumentException("counts[" + i + "].length = " + counts[i].length
                        + " must equal counts[0].length = " + counts[0].length);
            }
            for (int j = 0; j < counts[i].length; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException(
                            "counts[" + i + "][" + j + "] = " + counts[i][j] + " must be >= 0");
                }
                total = Math.addExact(total, counts[i][j]);
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("counts sum to 0; at least one count must be positive");
        }
        return total;
    }
}
