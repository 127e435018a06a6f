package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegularizedMinimumTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    /**
     * PyTorch's L-BFGS on the same loss in float64, run to a standstill from {@code W = 0}:
     * {@code W = torch.zeros((27, 27), dtype=torch.float64, requires_grad=True)};
     * {@code loss = (N * (torch.logsumexp(W, 1, keepdim=True) - W)).sum() / n + 0.01 * (W**2).mean()};
     * {@code torch.optim.LBFGS([W], lr=1, max_iter=5000, tolerance_grad=1e-15, tolerance_change=0,
     * history_size=100, line_search_fn='strong_wolfe')}, 20 calls of {@code step}: loss 2.480717414490,
     * NLL term 2.460713133015, largest gradient entry 1.9e-9.
     */
    @Test
    void matchesTorchLbfgsOnTheNamesData() {
        NeuralModel minimum = RegularizedMinimum.of(COUNTS, 0.01).model();
        assertEquals(2.480717414490, BigramLoss.fromCounts(COUNTS, 0.01).loss(minimum), 1e-11);
        assertEquals(2.460713133015, BigramLoss.fromCounts(COUNTS, 0).loss(minimum), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-5, 1e-3, 0.01, 1})
    void theGradientVanishesAndNoNudgeLowersTheLoss(double lambda) {
        RegularizedMinimum minimum = RegularizedMinimum.of(COUNTS, lambda);
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
        assertTrue(minimum.iterations() < RegularizedMinimum.MAX_ITERATIONS);
        assertEquals(lambda, minimum.regularization());
    }

    @Test
    void gradientDescentOfThePostHeadsToTheSameMinimum() {
        // 06's loop from W = 0, learning rate 50: after 20,000 steps it is within 1e-6 of the exact minimum's loss.
        double exact = BigramLoss.fromCounts(COUNTS, 0.01)
                .loss(RegularizedMinimum.of(COUNTS, 0.01).model());
        TrainingRun run =
                GradientDescent.of(BigramLoss.fromCounts(COUNTS, 0.01), 50).train(NeuralModel.zeros(), 20_000);
        double descended = BigramLoss.fromCounts(COUNTS, 0.01).loss(run.model());
        assertTrue(descended >= exact, descended + " < " + exact);
        assertEquals(exact, descended, 1e-6);
    }

    @Test
    void thePostsThousandStepsEndJustAboveIt() {
        BigramLoss loss = BigramLoss.fromCounts(COUNTS);
        double exact = loss.loss(RegularizedMinimum.of(COUNTS, 0.01).model());
        double steps = loss.loss(
                GradientDescent.of(loss, 50).train(NeuralModel.zeros(), 1000).model());
        // numpy, the same 1000 steps from W = 0: 2.4807191218, 1.707e-06 above the minimum
        assertEquals(1.707e-6, steps - exact, 1e-9);
    }

    @Test
    void badInput() {
        assertMessage("counts = null", () -> RegularizedMinimum.of(null, 0.01));
        assertMessage("regularization = 0.0 must be > 0", () -> RegularizedMinimum.of(COUNTS, 0));
        assertMessage("regularization = NaN", () -> RegularizedMinimum.of(COUNTS, Double.NaN));
        assertMessage("regularization = -1.0", () -> RegularizedMinimum.of(COUNTS, -1));
    }
}
