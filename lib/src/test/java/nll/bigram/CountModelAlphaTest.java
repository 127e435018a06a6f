package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountModelAlphaTest {

    private static final BigramCounts EMMA_EMA = BigramCounts.of(BigramDataset.of(Names.of("emma", "ema")));

    @Test
    void smallExampleByHand() {
        // From m: 'm' once, 'a' twice (R = 3); with alpha = 0.5, P(a | m) = (2 + 0.5) / (3 + 13.5).
        CountModel model = CountModel.of(EMMA_EMA, 0.5);
        assertEquals(2.5 / 16.5, model.probability(13, 1), 1e-17);
        assertEquals(0.5 / 16.5, model.probability(13, 0), 1e-17);
        assertEquals(1.0 / 27, model.probability(26, 3), 1e-17);
        assertEquals(0.5, model.alpha());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 3})
    void wholeNumbersGiveTheCountModel(long alpha) {
        BigramCounts counts = BigramCounts.of(Fixtures.dataset());
        double[][] expected = CountModel.of(counts, (double) alpha).probabilities();
        double[][] actual = CountModel.of(counts, (double) alpha).probabilities();
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                assertEquals(expected[i][j], actual[i][j], 0.0);
            }
        }
    }

    @Test
    void itIsTheModeOfTheDirichletPosterior() {
        // Row m of "emma", "ema" under the prior Dirichlet(alpha + 1): log posterior sum_j (N_j + alpha) log p_j,
        // largest at the add-alpha row; moving mass between two tokens lowers it.
        double alpha = 0.3;
        double[] p = CountModel.of(EMMA_EMA, alpha).nextTokenProbabilities(13);
        double best = logPosterior(p, alpha);
        for (double shift : new double[] {-1e-3, 1e-3}) {
            double[] q = p.clone();
            q[1] += shift;
            q[13] -= shift;
            assert q[13] > 0;
            assertEquals(true, logPosterior(q, alpha) < best);
        }
    }

    private static double logPosterior(double[] p, double alpha) {
        double sum = 0;
        for (int j = 0; j < Vocabulary.SIZE; j++) {
            sum += (EMMA_EMA.count(13, j) + alpha) * Math.log(p[j]);
        }
        return sum;
    }

    @Test
    void badInput() {
        assertMessage("counts = null", () -> CountModel.of(null, 1));
        assertMessage("alpha = -0.1", () -> CountModel.of(EMMA_EMA, -0.1));
        assertMessage("alpha = NaN", () -> CountModel.of(EMMA_EMA, Double.NaN));
        assertMessage("alpha = Infinity", () -> CountModel.of(EMMA_EMA, Double.POSITIVE_INFINITY));
        assertMessage("alpha = 0 leaves row 'b' undefined", () -> CountModel.of(EMMA_EMA, 0));
    }
}
