package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountModelTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    @Test
    void averageNllOfThePlusOneModelIsTheCheckFigure() {
        double nll = CountModel.of(COUNTS, 1).averageNll(Fixtures.dataset());
        // Check figure of the dataset, 2.45495 to five decimals.
        assertEquals(2.45495, nll, 5e-6);
        // PyTorch float64: -P[xs, ys].log().mean() with P = (N + 1) normalised per row; it agrees with math.fsum.
        assertEquals(Fixtures.torchNumber("count_model_nll"), nll, 1e-14);
    }

    @Test
    void probabilitiesAreSmoothedNormalisedCounts() {
        CountModel model = CountModel.of(COUNTS, 1);
        // Closed form (N + 1) / (R + 27) with N[n][.] = 6808 (PyTorch reference) and R[.] = 32,257 names.
        long rowN = COUNTS.rowTotal(14);
        assertEquals((6808.0 + 1) / (rowN + 27), model.probability(14, 0), 1e-17);
        assertEquals((Fixtures.torchNumber("count..a") + 1) / (32_257 + 27), model.probability(0, 1), 1e-17);
        // Never seen: q followed by z gets the pseudo-count alone.
        assertEquals(1.0 / (COUNTS.rowTotal(17) + 27), model.probability(17, 26), 1e-17);
    }

    @Test
    void everyRowSumsToOne() {
        for (double[] row : CountModel.of(COUNTS, 1).probabilities()) {
            double sum = 0;
            for (double p : row) {
                sum += p;
            }
            assertEquals(1.0, sum, 1e-15);
        }
    }

    @Test
    void smallExampleByHand() {
        // "emma", "ema": from m, 'm' once and 'a' twice; with s = 1, P(a | m) = (2 + 1) / (3 + 27).
        CountModel model = CountModel.of(BigramCounts.of(BigramDataset.of(Names.of("emma", "ema"))), 1);
        assertEquals(0.1, model.probability(13, 1), 1e-17);
        assertEquals(1.0 / 30, model.probability(13, 0), 1e-17);
        // A row without examples is uniform: (0 + 1) / (0 + 27).
        assertEquals(1.0 / 27, model.probability(26, 3), 1e-17);
    }

    @Test
    void withoutSmoothingItIsTheMaximumLikelihoodEstimate() {
        CountModel mle = CountModel.of(COUNTS, 0);
        // Closed form N / R with N[n][.] = 6808 (PyTorch reference); q is never followed by z.
        assertEquals(6808.0 / COUNTS.rowTotal(14), mle.probability(14, 0), 1e-17);
        assertEquals(0.0, mle.probability(17, 26));
        // Independent value, /usr/bin/python3 with math.fsum over the counts of data/names.txt:
        // -fsum(N[i][j] * log(N[i][j] / R[i]) for every nonzero N[i][j]) / n.
        double nll = mle.averageNll(Fixtures.dataset());
        assertEquals(2.4543953286105005, nll, 1e-14);
        // The maximum likelihood model has the lowest NLL on its own data; smoothing raises it.
        assertTrue(nll < CountModel.of(COUNTS, 1).averageNll(Fixtures.dataset()));
    }

    @Test
    void unseenBigramWithoutSmoothingHasInfiniteNll() {
        // N[q][z] = 0 (PyTorch reference), so "qz" has probability 0 and -log 0 = +Infinity, not NaN.
        CountModel mle = CountModel.of(COUNTS, 0);
        assertEquals(Double.POSITIVE_INFINITY, mle.averageNll(BigramDataset.of(Names.of("qz"))));
    }

    @Test
    void rejectsBadArguments() {
        assertEquals(
                "alpha = -1.0 must be finite and >= 0",
                assertThrows(IllegalArgumentException.class, () -> CountModel.of(COUNTS, -1))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> CountModel.of(null, 1));
        // "ab" never has 'c' as an input, so with s = 0 row c would be 0/0.
        BigramCounts small = BigramCounts.of(BigramDataset.of(Names.of("ab")));
        assertEquals(
                "alpha = 0 leaves row 'c' undefined: no example has 'c' as input",
                assertThrows(IllegalArgumentException.class, () -> CountModel.of(small, 0))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> CountModel.of(COUNTS, 1).probability(0, -1));
    }
}
