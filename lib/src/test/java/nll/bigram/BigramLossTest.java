package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BigramLossTest {

    private static final BigramLoss PER_EXAMPLE = BigramLoss.perExample(Fixtures.dataset());
    private static final BigramLoss FROM_COUNTS = BigramLoss.fromCounts(BigramCounts.of(Fixtures.dataset()));

    @ParameterizedTest
    @MethodSource("paths")
    void lossAtZeroWeightsIsLn27(String path, BigramLoss loss) {
        // Closed form: uniform predictions cost ln 27 per example and the regulariser is 0 at W = 0.
        assertEquals(Math.log(27), loss.loss(NeuralModel.zeros()), 1e-15);
        // PyTorch float64, the first loss printed by the post's loop from W = 0.
        assertEquals(Fixtures.torchNumber("loss.0"), loss.loss(NeuralModel.zeros()), 1e-14);
    }

    @ParameterizedTest
    @MethodSource("paths")
    void lossAndGradientMatchPyTorchAtANonTrivialPoint(String path, BigramLoss loss) {
        // PyTorch float64 autograd at W[i][j] = sin(27 i + j): the post's forward pass and loss.backward().
        LossAndGradient evaluated = loss.evaluate(Fixtures.sineWeights());
        assertEquals(Fixtures.torchNumber("sin_w.loss"), evaluated.loss(), 1e-13);
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            assertArrayEquals(
                    Fixtures.torchNumbers("sin_w.grad." + i), evaluated.gradient()[i], 1e-15, "row " + i);
        }
    }

    static Stream<Arguments> paths() {
        return Stream.of(Arguments.of("per example", PER_EXAMPLE), Arguments.of("from counts", FROM_COUNTS));
    }

    static Stream<NeuralModel> points() {
        return Stream.of(
                NeuralModel.zeros(),
                NeuralModel.gaussian(1),
                NeuralModel.gaussian(2147483647L),
                Fixtures.sineWeights(),
                NeuralModel.zeros().withWeight(5, 0, 40).withWeight(0, 26, -30));
    }

    @ParameterizedTest
    @MethodSource("points")
    void bothPathsAgreeTo1e12(NeuralModel model) {
        LossAndGradient perExample = PER_EXAMPLE.evaluate(model);
        LossAndGradient fromCounts = FROM_COUNTS.evaluate(model);
        assertEquals(perExample.loss(), fromCounts.loss(), 1e-12);
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            assertArrayEquals(perExample.gradient()[i], fromCounts.gradient()[i], 1e-12, "row " + i);
        }
    }

    @Test
    void perExampleResultIsIdenticalRunToRun() {
        // Fixed chunks and a fixed reduction order: bit-for-bit the same, however the threads are scheduled.
        NeuralModel model = NeuralModel.gaussian(3);
        LossAndGradient first = PER_EXAMPLE.evaluate(model);
        for (int run = 0; run < 5; run++) {
            LossAndGradient again = PER_EXAMPLE.evaluate(model);
            assertEquals(first.loss(), again.loss(), 0.0);
            assertArrayEquals(first.gradient(), again.gradient());
        }
    }

    @Test
    void lossIsTheAverageNllPlusTheRegulariser() {
        // The post's loss: -log-likelihood mean (what BigramModel.averageNll computes from the probabilities)
        // plus 0.01 * (W**2).mean().
        NeuralModel model = NeuralModel.gaussian(11);
        double expected = model.averageNll(Fixtures.dataset()) + 0.01 * model.meanSquaredWeight();
        assertEquals(expected, PER_EXAMPLE.loss(model), 1e-13);
        assertEquals(expected, FROM_COUNTS.loss(model), 1e-13);
    }

    @Test
    void regulariserGradientIsTwoLambdaWOver729() {
        // With a single example ".a" and W = 0 except W[5][5] = 3 (row e, never an input): the NLL term does not
        // touch row 5, so the gradient there is 2 * 0.01 * 3 / 729, and the loss adds 0.01 * 9 / 729.
        BigramDataset one = BigramDataset.of(new int[] {0}, new int[] {1});
        NeuralModel model = NeuralModel.zeros().withWeight(5, 5, 3);
        for (BigramLoss loss :
                new BigramLoss[] {BigramLoss.perExample(one), BigramLoss.fromCounts(BigramCounts.of(one))}) {
            LossAndGradient evaluated = loss.evaluate(model);
            assertEquals(2 * 0.01 * 3 / 729, evaluated.gradient(5, 5), 1e-18);
            assertEquals(Math.log(27) + 0.01 * 9 / 729, evaluated.loss(), 1e-15);
            // Row '.' by hand: (p - onehot) / n with p = 1/27 and n = 1.
            assertEquals(1.0 / 27 - 1, evaluated.gradient(0, 1), 1e-16);
            assertEquals(1.0 / 27, evaluated.gradient(0, 2), 1e-16);
        }
    }

    @Test
    void withoutTheRegulariserTheLossIsTheAverageNll() {
        NeuralModel model = NeuralModel.gaussian(5);
        assertEquals(
                model.averageNll(Fixtures.dataset()),
                BigramLoss.fromCounts(BigramCounts.of(Fixtures.dataset()), 0).loss(model),
                1e-13);
        assertEquals(0.01, PER_EXAMPLE.regularization());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBadRegularization(double regularization) {
        String message = "regularization = " + regularization + " must be finite and >= 0";
        assertEquals(
                message,
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BigramLoss.perExample(Fixtures.dataset(), regularization))
                        .getMessage());
        assertEquals(
                message,
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BigramLoss.fromCounts(BigramCounts.of(Fixtures.dataset()), regularization))
                        .getMessage());
    }

    @Test
    void rejectsMissingArguments() {
        assertThrows(IllegalArgumentException.class, () -> BigramLoss.perExample(null));
        assertThrows(IllegalArgumentException.class, () -> BigramLoss.fromCounts(null));
        assertThrows(IllegalArgumentException.class, () -> PER_EXAMPLE.evaluate(null));
    }
}
