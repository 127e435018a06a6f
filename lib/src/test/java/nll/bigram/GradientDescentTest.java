package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradientDescentTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    @Test
    void perExampleTrainingFollowsPyTorchForAHundredSteps() {
        // PyTorch float64 loss.k: the post's loop from W = 0 with W.data += -50 * W.grad, k = 0 .. 100.
        TrainingRun run = GradientDescent.of(BigramLoss.perExample(Fixtures.dataset()), 50)
                .train(NeuralModel.zeros(), 101);
        for (int k = 0; k <= 100; k++) {
            assertEquals(Fixtures.torchNumber("loss." + k), run.loss(k), 1e-12, "step " + k);
        }
        // The PyTorch values after 1, 10 and 100 updates, written out as a notebook prints them.
        assertEquals(3.051178567985854, run.loss(1), 1e-13);
        assertEquals(2.610203197238372, run.loss(10), 1e-13);
        assertEquals(2.487096432224787, run.loss(100), 1e-13);
    }

    @Test
    void countsTrainingFollowsPyTorchForTheFullThousandSteps() {
        // PyTorch float64 loss.k for k = 0 .. 1000; loss.1000 is the loss at W after the post's 1000 updates.
        BigramLoss loss = BigramLoss.fromCounts(COUNTS);
        TrainingRun run = GradientDescent.of(loss, 50).train(NeuralModel.zeros(), 1000);
        for (int k = 0; k < 1000; k++) {
            assertEquals(Fixtures.torchNumber("loss." + k), run.loss(k), 1e-12, "step " + k);
        }
        assertEquals(Fixtures.torchNumber("loss.1000"), loss.loss(run.model()), 1e-12);
    }

    @Test
    void trainingApproachesTheCountModelFromAbove() {
        // The count model (s = 1) is close to the maximum likelihood solution, 2.45495 (check figure); the trained
        // network stays above it because its loss carries the regulariser, and its NLL alone comes close.
        TrainingRun run = GradientDescent.of(BigramLoss.fromCounts(COUNTS), 50).train(NeuralModel.zeros(), 1000);
        double nll = run.model().averageNll(Fixtures.dataset());
        assertTrue(run.loss(999) > nll, "regulariser adds to the loss");
        assertTrue(nll > 2.4543953286105005, "no model beats the maximum likelihood NLL (CountModelTest)");
        assertTrue(nll < 2.47, "after 1000 steps the NLL is within 0.02 of the optimum: " + nll);
        for (int k = 1; k < 1000; k++) {
            assertTrue(run.loss(k) < run.loss(k - 1), "loss decreases at step " + k);
        }
    }

    @Test
    void bothPathsGiveTheSameTrajectory() {
        TrainingRun perExample = GradientDescent.of(BigramLoss.perExample(Fixtures.dataset()), 50)
                .train(NeuralModel.gaussian(9), 20);
        TrainingRun fromCounts =
                GradientDescent.of(BigramLoss.fromCounts(COUNTS), 50).train(NeuralModel.gaussian(9), 20);
        assertArrayEquals(perExample.losses(), fromCounts.losses(), 1e-12);
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            assertArrayEquals(
                    perExample.model().weights()[i], fromCounts.model().weights()[i], 1e-11);
        }
    }

    @Test
    void zeroStepsReturnTheStart() {
        NeuralModel start = NeuralModel.gaussian(4);
        TrainingRun run = GradientDescent.of(BigramLoss.fromCounts(COUNTS), 50).train(start, 0);
        assertEquals(0, run.steps());
        assertEquals(0, run.losses().length);
        assertSame(start, run.model());
    }

    @Test
    void rejectsNegativeSteps() {
        GradientDescent descent = GradientDescent.of(BigramLoss.fromCounts(COUNTS), 50);
        assertEquals(
                "steps = -1 must be >= 0",
                assertThrows(IllegalArgumentException.class, () -> descent.train(NeuralModel.zeros(), -1))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> descent.train(null, 1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -50, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsLearningRatesThatAreNotPositiveAndFinite(double learningRate) {
        assertEquals(
                "learningRate = " + learningRate + " must be > 0 and finite",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> GradientDescent.of(BigramLoss.fromCounts(COUNTS), learningRate))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> GradientDescent.of(null, 50));
    }
}
