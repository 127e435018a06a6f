package nll.bigram;

import java.util.function.UnaryOperator;
import nll.validation.Require;

/**
 * A 27x27 table of next-token probabilities made cell by cell from bigram counts, {@code P(j | i) = rule(N[i][j],
 * R[i])} with {@code R[i]} the row total: what the models made from counts ({@link CountModel},
 * {@link LabelSmoothedModel}) hold and serve row by row. Immutable.
 */
final class ProbabilityTable {

    /** How a model makes a cell's probability from the cell's count and its row's total. */
    @FunctionalInterface
    interface CellRule {
        double probability(long count, long rowTotal);
    }

    private final double[] probabilities;

    private ProbabilityTable(double[] probabilities) {
        this.probabilities = probabilities;
    }

    /**
     * Every cell's probability by {@code rule}.
     *
     * @param emptyRow the error for a row with no examples, given the row's token; {@code null} when the rule
     *     defines such a row
     * @throws IllegalArgumentException with {@code emptyRow}'s message for the first row with no examples
     */
    static ProbabilityTable of(BigramCounts counts, CellRule rule, UnaryOperator<String> emptyRow) {
        long[] n = counts.shared();
        double[] p = new double[n.length];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            long rowTotal = counts.rowTotal(i);
            if (rowTotal == 0 && emptyRow != null) {
                throw new IllegalArgumentException(emptyRow.apply(String.valueOf(Vocabulary.tokenAt(i))));
            }
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                int cell = i * Vocabulary.SIZE + j;
                p[cell] = rule.probability(n[cell], rowTotal);
            }
        }
        return new ProbabilityTable(p);
    }

    /** {@code P(. | previous)}, a fresh array. */
    double[] row(int previous) {
        Require.index("previous", previous, Vocabulary.SIZE);
        double[] row = new double[Vocabulary.SIZE];
        System.arraycopy(probabilities, previous * Vocabulary.SIZE, row, 0, Vocabulary.SIZE);
        return row;
    }
}
