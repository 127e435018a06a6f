package nll.exercise.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exercises' expected answers against computations outside the library: PyTorch, NumPy, finite differences. */
class ReferenceTest {

    private static final long[][] COUNTS = {{0, 3, 1}, {2, 0, 2}, {5, 1, 0}};

    /**
     * PyTorch 1.13, float64: {@code W = zeros(3, 3); loss = -(N * log_softmax(W, 1)).sum() / N.sum();
     * loss.backward(); W - 1.0 * W.grad}, first row.
     */
    @Test
    void theTrainingStepIsPyTorchs() {
        double[][] next = Notebook06.referenceStep(COUNTS, new double[3][3], 1.0);
        assertArrayEquals(new double[] {-0.0952381, 0.11904762, -0.02380952}, next[0], 1e-8);
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 4})
    void theTrainingStepFollowsTheNllsFiniteDifferences(long seed) {
        double[][] w = Cases.weights(3, seed);
        double rate = 0.5, h = 1e-6;
        double[][] next = Notebook06.referenceStep(COUNTS, w, rate);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double[][] up = Cases.copy(w), down = Cases.copy(w);
                up[i][j] += h;
                down[i][j] -= h;
                double slope = (nll(up) - nll(down)) / (2 * h);
                assertEquals(w[i][j] - rate * slope, next[i][j], 1e-8, "W[" + i + "][" + j + "]");
            }
        }
    }

    private static double nll(double[][] w) {
        double[][] p = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            p[i] = nll.logspace.Softmax.of(w[i]);
        }
        return Notebook06.referenceNll(COUNTS, p);
    }

    /** NumPy: {@code np.logaddexp.reduce([1000, 1001, 1002])} and the same for the negatives. */
    @Test
    void logSumExpIsNumPys() {
        assertEquals(1002.4076059644444, Notebook03.logSumExp(new double[] {1000, 1001, 1002}), 1e-12);
        assertEquals(-999.5923940355557, Notebook03.logSumExp(new double[] {-1000, -1001, -1002}), 1e-12);
    }

    /** NumPy: {@code np.sqrt(np.mean((x - 50) ** 2))} for the post's five points. */
    @Test
    void sigmaForMuIsNumPys() {
        assertEquals(3.911365998215968, Notebook02.sigmaForMu(Cases.FIVE_POINTS, 50), 1e-12);
    }

    /** The held-out NLL is infinite, never NaN, when alpha = 0 meets a bigram training never saw. */
    @Test
    void anUnseenBigramMakesTheHeldOutNllInfinite() {
        long[][] heldOut = {{1, 1, 0}, {1, 0, 1}, {2, 0, 0}};
        assertEquals(Double.POSITIVE_INFINITY, Notebook08.referenceHeldOut(COUNTS, heldOut, 0));
        assertEquals(Double.POSITIVE_INFINITY, Notebook08.heldOutNll(COUNTS, heldOut, 0));
    }
}
