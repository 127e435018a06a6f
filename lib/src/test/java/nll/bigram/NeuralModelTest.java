package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeuralModelTest {

    @Test
    void zeroWeightsGiveTheUniformDistribution() {
        // Closed form: softmax of 27 equal logits is 1/27 each.
        double[][] probs = NeuralModel.zeros().probabilities(new int[] {0, 5, 26});
        for (double[] row : probs) {
            for (double p : row) {
                assertEquals(1.0 / 27, p, 1e-17);
            }
        }
    }

    @Test
    void gaussianWeightsComeFromJavaUtilRandom() {
        // The documented generator: new Random(seed).nextGaussian(), row by row.
        Random random = new Random(2147483647L);
        NeuralModel model = NeuralModel.gaussian(2147483647L);
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                assertEquals(random.nextGaussian(), model.weight(i, j));
            }
        }
        assertArrayEquals(
                NeuralModel.gaussian(7).weights(), NeuralModel.gaussian(7).weights());
        assertNotEquals(
                NeuralModel.gaussian(7).weight(0, 0), NeuralModel.gaussian(8).weight(0, 0));
    }

    @Test
    void gaussianWeightsLookStandardNormal() {
        // 729 draws of N(0, 1): the sample mean has standard error 1/27 = 0.037 and the mean square (variance 2/729)
        // a standard error of 0.052; allow five standard errors.
        NeuralModel model = NeuralModel.gaussian(42);
        double sum = 0;
        for (double[] row : model.weights()) {
            for (double w : row) {
                sum += w;
            }
        }
        assertEquals(0.0, sum / 729, 5 / 27.0);
        assertEquals(1.0, model.meanSquaredWeight(), 5 * Math.sqrt(2.0 / 729));
    }

    @Test
    void logitsAreRowsOfWSelectedByTheInputs() {
        // One-hot row k times W is row xs[k] of W (definition of the one-hot product).
        NeuralModel model = Fixtures.sineWeights();
        double[][] logits = model.logits(new int[] {3, 0, 3});
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            assertEquals(Math.sin(27 * 3 + j), logits[0][j]);
            assertEquals(Math.sin(j), logits[1][j]);
            assertEquals(Math.sin(27 * 3 + j), logits[2][j]);
        }
    }

    @Test
    void probabilitiesAreTheNormalisedExponentials() {
        // The post's counts = logits.exp(); probs = counts / counts.sum(1), written out directly.
        NeuralModel model = Fixtures.sineWeights();
        double[] probs = model.probabilities(new int[] {4})[0];
        double total = 0;
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            total += Math.exp(Math.sin(27 * 4 + j));
        }
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            assertEquals(Math.exp(Math.sin(27 * 4 + j)) / total, probs[j], 1e-16);
        }
    }

    @Test
    void largeLogitsDoNotOverflow() {
        // exp(1000) overflows a double; softmax(1000, 0, ..., 0) is 1 / (1 + 26 e^-1000), i.e. 1 in double.
        NeuralModel model = NeuralModel.zeros().withWeight(2, 7, 1000);
        double[] row = model.nextTokenProbabilities(2);
        assertEquals(1.0, row[7]);
        assertEquals(0.0, row[0]);
    }

    @Test
    void stepMovesAgainstTheGradient() {
        // W' = W - lr * grad, entry by entry.
        double[][] gradient = new double[27][27];
        gradient[1][2] = 0.5;
        gradient[26][0] = -2;
        NeuralModel updated = Fixtures.sineWeights().step(gradient, 50);
        assertEquals(Math.sin(27 + 2) - 25, updated.weight(1, 2), 1e-15);
        assertEquals(Math.sin(27 * 26) + 100, updated.weight(26, 0), 1e-15);
        assertEquals(Math.sin(5), updated.weight(0, 5));
    }

    @Test
    void modelsAreImmutable() {
        NeuralModel model = NeuralModel.zeros();
        model.weights()[0][0] = 5;
        NeuralModel changed = model.withWeight(0, 0, 5);
        assertEquals(0.0, model.weight(0, 0));
        assertEquals(5.0, changed.weight(0, 0));
        double[][] w = new double[27][27];
        NeuralModel copied = NeuralModel.of(w);
        w[1][1] = 3;
        assertEquals(0.0, copied.weight(1, 1));
    }

    static Stream<Arguments> badShapes() {
        double[][] shortRow = new double[27][27];
        shortRow[4] = new double[26];
        double[][] nullRow = new double[27][27];
        nullRow[26] = null;
        return Stream.of(
                Arguments.of(new double[26][27], "W has 26 rows; it must be 27x27"),
                Arguments.of(new double[28][27], "W has 28 rows; it must be 27x27"),
                Arguments.of(shortRow, "row 4 of W has 26 columns; it must be 27x27"),
                Arguments.of(nullRow, "row 26 of W has no columns; it must be 27x27"),
                Arguments.of(null, "W = null must be a 27x27 matrix"));
    }

    @ParameterizedTest
    @MethodSource("badShapes")
    void rejectsWOfTheWrongShape(double[][] w, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> NeuralModel.of(w))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFiniteWeights(double bad) {
        double[][] w = new double[27][27];
        w[3][9] = bad;
        assertEquals(
                "W[3][9] = " + bad + " must be finite",
                assertThrows(IllegalArgumentException.class, () -> NeuralModel.of(w))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> NeuralModel.zeros().withWeight(0, 0, bad));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsLearningRatesThatAreNotPositiveAndFinite(double learningRate) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> NeuralModel.zeros().step(new double[27][27], learningRate));
        assertEquals("learningRate = " + learningRate + " must be > 0 and finite", e.getMessage());
    }

    @Test
    void rejectsAGradientOfTheWrongShape() {
        assertEquals(
                "gradient has 3 rows; it must be 27x27",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> NeuralModel.zeros().step(new double[3][27], 1))
                        .getMessage());
    }

    @Test
    void anUpdateThatOverflowsIsAnError() {
        double[][] gradient = new double[27][27];
        gradient[0][0] = -1e300;
        ArithmeticException e = assertThrows(
                ArithmeticException.class, () -> NeuralModel.zeros().step(gradient, 1e10));
        assertEquals("learningRate = 1.0E10 makes W[0][0] overflow to Infinity", e.getMessage());
    }

    @Test
    void rejectsInputsOutsideTheVocabulary() {
        assertEquals(
                "xs[1] = 27 must be in [0, 26]",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> NeuralModel.zeros().logits(new int[] {0, 27}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> NeuralModel.zeros().probabilities(null));
        assertThrows(IllegalArgumentException.class, () -> NeuralModel.zeros().weight(-1, 0));
    }
}
