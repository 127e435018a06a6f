package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelSmoothedModelTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    /** The label-smoothed cross entropy of row i's examples, summed, at the distribution q. */
    private static double rowLoss(int i, double[] q, double epsilon) {
        double loss = 0;
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            double target = (1 - epsilon) * COUNTS.count(i, j) + epsilon * COUNTS.rowTotal(i) / Vocabulary.SIZE;
            loss -= target * Math.log(q[j]);
        }
        return loss;
    }

    @Test
    void eachRowMinimisesTheLabelSmoothedLoss() {
        double epsilon = 0.05;
        LabelSmoothedModel model = LabelSmoothedModel.of(COUNTS, epsilon);
        for (int i : new int[] {0, 17, 26}) {
            double[] best = model.nextTokenProbabilities(i);
            double sum = 0;
            for (double p : best) {
                sum += p;
            }
            assertEquals(1, sum, 1e-14);
            // Moving mass between any two tokens raises the loss (it is strictly convex in q on the simplex).
            for (int from = 0; from < Vocabulary.SIZE; from += 5) {
                double[] moved = best.clone();
                int to = (from + 7) % Vocabulary.SIZE;
                moved[from] -= 1e-4 * best[from];
                moved[to] += 1e-4 * best[from];
                assertTrue(rowLoss(i, moved, epsilon) > rowLoss(i, best, epsilon), i + ": " + from + " -> " + to);
            }
        }
    }

    @Test
    void itIsAddAlphaWithAPseudoCountThatGrowsWithTheRow() {
        double epsilon = 0.01;
        LabelSmoothedModel model = LabelSmoothedModel.of(COUNTS, epsilon);
        for (int i : new int[] {0, 17}) {
            double alpha = epsilon * COUNTS.rowTotal(i) / (Vocabulary.SIZE * (1 - epsilon));
            double[] row = model.nextTokenProbabilities(i);
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                double addAlpha = (COUNTS.count(i, j) + alpha) / (COUNTS.rowTotal(i) + Vocabulary.SIZE * alpha);
                assertEquals(addAlpha, row[j], 1e-15);
            }
        }
        assertEquals(
                CountModel.of(COUNTS, 0).probability(1, 2),
                LabelSmoothedModel.of(COUNTS, 0).probability(1, 2));
    }

    @Test
    void badInput() {
        assertMessage("epsilon = 1.0", () -> LabelSmoothedModel.of(COUNTS, 1));
        assertMessage("epsilon = -0.1", () -> LabelSmoothedModel.of(COUNTS, -0.1));
        assertMessage("epsilon = NaN", () -> LabelSmoothedModel.of(COUNTS, Double.NaN));
        assertMessage("counts = null", () -> LabelSmoothedModel.of(null, 0.1));
        BigramCounts oneName = BigramCounts.of(BigramDataset.of(Names.of("ab")));
        assertMessage("counts: row 'c'", () -> LabelSmoothedModel.of(oneName, 0.1));
    }
}
