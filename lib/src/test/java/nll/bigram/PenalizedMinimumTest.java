package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PenalizedMinimumTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    @ParameterizedTest
    @ValueSource(doubles = {1e-5, 1e-3, 0.01, 1})
    void theGradientVanishesAndNoNudgeLowersTheLoss(double lambda) {
        PenalizedMinimum minimum = PenalizedMinimum.of(COUNTS, lambda);
        BigramLoss loss = BigramLoss.fromCounts(COUNTS, lambda);
        LossAndGradient at = loss.evaluate(minimum.model());
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                assertEquals(0, at.gradient(i, j), 1e-15, "dL/dW[" + i + "][" + j + "]");
            }
        }
        NeuralModel model = minimum.model();
        for (int[] cell : new int[][] {{0, 1}, {14, 0}, {17, 26}}) {
            for (double h : new double[] {-1e-4, 1e-4}) {
                double nudged = loss.loss(model.withWeight(cell[0], cell[1], model.weight(cell[0], cell[1]) + h));
                assertTrue(nudged > at.loss(), () -> "nudging W" + java.util.Arrays.toString(cell) + " lowers it");
            }
        }
        assertTrue(minimum.iterations() < PenalizedMinimum.MAX_ITERATIONS);
        assertEquals(lambda, minimum.regularization());
    }

    @Test
    void gradientDescentOfThePostHeadsToTheSameMinimum() {
        // 06's loop from W = 0, learning rate 50: after 20,000 steps it is within 1e-6 of the exact minimum's loss.
        double exact = BigramLoss.fromCounts(COUNTS, 0.01).loss(PenalizedMinimum.of(COUNTS, 0.01).model());
        TrainingRun run = GradientDescent.of(BigramLoss.fromCounts(COUNTS, 0.01), 50).train(NeuralModel.zeros(), 20_000);
        double descended = BigramLoss.fromCounts(COUNTS, 0.01).loss(run.model());
        assertTrue(descended >= exact, descended + " < " + exact);
        assertEquals(exact, descended, 1e-6);
    }

    @Test
    void badInput() {
        assertMessage("counts = null", () -> PenalizedMinimum.of(null, 0.01));
        assertMessage("regularization = 0.0 must be > 0", () -> PenalizedMinimum.of(COUNTS, 0));
        assertMessage("regularization = NaN", () -> PenalizedMinimum.of(COUNTS, Double.NaN));
        assertMessage("regularization = -1.0", () -> PenalizedMinimum.of(COUNTS, -1));
    }
}
