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
    @ValueSource(doubles = {1e-4, 0.01, 1, 100})
    void theGradientVanishesAndNoGradientStepLowersTheLoss(double lambda) {
        BigramLoss loss = BigramLoss.fromCounts(COUNTS, lambda);
        NeuralModel minimum = RegularizedMinimum.of(COUNTS, lambda).model();
        LossAndGradient atMinimum = loss.evaluate(minimum);
        double largest = 0;
        for (double[] row : atMinimum.gradient()) {
            for (double g : row) {
                largest = Math.max(largest, Math.abs(g));
            }
        }
        assertTrue(largest < 1e-9, "largest |gradient| " + largest);
        // gradient descent from the minimum goes nowhere lower (step 1: 50 is unstable at lambda = 100)
        NeuralModel descended = GradientDescent.of(loss, 1).train(minimum, 100).model();
        assertTrue(loss.loss(descended) >= atMinimum.loss() - 1e-14);
    }

    @Test
    void thePostsThousandStepsEndJustAboveIt() {
        BigramLoss loss = BigramLoss.fromCounts(COUNTS);
        double exact = loss.loss(RegularizedMinimum.of(COUNTS, 0.01).model());
        double steps = loss.loss(GradientDescent.of(loss, 50).train(NeuralModel.zeros(), 1000).model());
        // numpy, the same 1000 steps from W = 0: 2.4807191218, 1.707e-06 above the minimum
        assertEquals(1.707e-6, steps - exact, 1e-9);
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndItsValue() {
        assertMessage("counts = null must be a bigram count matrix", () -> RegularizedMinimum.of(null, 0.01));
        assertMessage("regularization = 0.0 must be > 0 and finite", () -> RegularizedMinimum.of(COUNTS, 0));
        assertMessage("regularization = NaN must be > 0 and finite",
                () -> RegularizedMinimum.of(COUNTS, Double.NaN));
        assertMessage("regularization = Infinity must be > 0 and finite",
                () -> RegularizedMinimum.of(COUNTS, Double.POSITIVE_INFINITY));
    }
}
