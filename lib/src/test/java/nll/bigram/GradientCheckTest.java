package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradientCheckTest {

    private static final BigramDataset SMALL = BigramDataset.of(Names.of("emma", "olivia", "ava", "zoe", "liam"));

    static Stream<BigramLoss> losses() {
        return Stream.of(
                BigramLoss.fromCounts(BigramCounts.of(Fixtures.dataset())),
                BigramLoss.perExample(SMALL),
                BigramLoss.fromCounts(BigramCounts.of(SMALL), 0.5));
    }

    @ParameterizedTest
    @MethodSource("losses")
    void analyticGradientMatchesCentralDifferences(BigramLoss loss) {
        // Central differences with h = 1e-5: truncation ~ h^2 times the third derivative (< 1), rounding
        // ~ 1e-16 * L / h; together well under 1e-9.
        GradientCheck check = GradientCheck.of(loss, NeuralModel.gaussian(6), 1e-5);
        assertTrue(check.maxAbsoluteDifference() < 1e-9, "max difference " + check.maxAbsoluteDifference());
        assertEquals(loss.evaluate(NeuralModel.gaussian(6)).gradient(3, 4), check.analytic()[3][4]);
    }

    @Test
    void aWrongGradientIsCaught() {
        // A loss whose gradient forgets the regulariser: the check must see the missing 2 * 0.01 * W / 729.
        BigramLoss full = BigramLoss.fromCounts(BigramCounts.of(SMALL));
        BigramLoss withoutRegulariser = BigramLoss.fromCounts(BigramCounts.of(SMALL), 0);
        BigramLoss wrong = new BigramLoss() {
            @Override
            public LossAndGradient evaluate(NeuralModel model) {
                return new LossAndGradient(
                        full.loss(model), withoutRegulariser.evaluate(model).shared());
            }

            @Override
            public double regularization() {
                return full.regularization();
            }
        };
        NeuralModel at = NeuralModel.zeros().withWeight(2, 2, 10);
        GradientCheck check = GradientCheck.of(wrong, at, 1e-5);
        // The missing term at W[2][2] = 10 is 2 * 0.01 * 10 / 729 = 2.74e-4.
        assertEquals(2 * 0.01 * 10 / 729, check.maxAbsoluteDifference(), 1e-9);
        assertTrue(GradientCheck.of(full, at, 1e-5).maxAbsoluteDifference() < 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1e-5, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBadSteps(double h) {
        BigramLoss loss = BigramLoss.perExample(SMALL);
        assertEquals(
                "h = " + h + " must be > 0 and finite",
                assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(loss, NeuralModel.zeros(), h))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(null, NeuralModel.zeros(), 1e-5));
        assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(loss, null, 1e-5));
    }
}
