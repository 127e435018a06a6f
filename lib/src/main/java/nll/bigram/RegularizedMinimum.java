package nll.bigram;

import java.util.Arrays;
import nll.logspace.LogSumExp;
import nll.logspace.Softmax;
import nll.validation.Require;

/**
 * The exact minimiser of the regularised bigram loss of {@link BigramLoss#fromCounts(BigramCounts, double)}, found
 * by Newton's method instead of gradient descent. The loss is a sum of one term per row {@code w} of {@code W},
 *
 * <pre>
 *   L_i(w) = r_i logSumExp(w) - (1/n) sum_j N[i][j] w_j + (lambda/729) sum_j w_j^2,    r_i = R[i] / n,
 * </pre>
 *
 * with gradient {@code g = r_i p - N[i]/n + c w} and Hessian {@code H = r_i (diag(p) - p p^T) + c I}, where
 * {@code p = softmax(w)} and {@code c = 2 lambda / 729}. For {@code lambda > 0} every block {@code H} is positive
 * definite, so the loss is strictly convex and has one minimiser. Each row is solved on its own: the Newton step
 * {@code H^-1 g} comes from the Sherman-Morrison formula for the diagonal {@code D = diag(r_i p_j + c)} minus the
 * rank-one {@code r_i p p^T},
 *
 * <pre>
 *   H^-1 g = D^-1 g + D^-1 p  r_i (p^T D^-1 g) / (1 - r_i p^T D^-1 p),
 * </pre>
 *
 * and it is halved until the row's loss does not increase, since a full step from far away can overshoot.
 * Immutable.
 */
public final class RegularizedMinimum {

    private static final int SIZE = Vocabulary.SIZE;
    /** Enough for every row of the names data to stop moving; Newton's method converges quadratically. */
    private static final int MAX_ITERATIONS = 100;

    private final NeuralModel model;

    private RegularizedMinimum(NeuralModel model) {
        this.model = model;
    }

    /**
     * Solves {@code min_W L(W)} for the given counts and regulariser weight, from {@code W = 0}.
     *
     * @param counts the bigram counts
     * @param regularization {@code lambda}, positive and finite (the post uses 0.01); at 0 the loss has no minimum
     *     when a count is 0, and no unique one in any case
     * @return the minimum
     * @throws IllegalArgumentException if {@code counts} is null or {@code regularization} is not positive and finite
     */
    public static RegularizedMinimum of(BigramCounts counts, double regularization) {
        if (counts == null) {
            throw new IllegalArgumentException("counts = null must be a bigram count matrix");
        }
        Require.positive("regularization", regularization);
        double n = counts.total();
        double[][] w = new double[SIZE][SIZE];
        for (int i = 0; i < SIZE; i++) {
            long[] row = new long[SIZE];
            for (int j = 0; j < SIZE; j++) {
                row[j] = counts.count(i, j);
            }
            w[i] = solveRow(row, counts.rowTotal(i) / n, n, regularization);
        }
        return new RegularizedMinimum(NeuralModel.of(w));
    }

    /** The minimiser {@code W}. */
    public NeuralModel model() {
        return model;
    }

    private static double[] solveRow(long[] counts, double r, double n, double lambda) {
        double[] w = new double[SIZE];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] step = newtonStep(w, counts, r, n, lambda);
            double[] next = new double[SIZE];
            double before = rowLoss(w, counts, r, n, lambda);
            for (double t = 1; ; t /= 2) {
                for (int j = 0; j < SIZE; j++) {
                    next[j] = w[j] - t * step[j];
                }
                if (rowLoss(next, counts, r, n, lambda) <= before) {
                    break;
                }
            }
            if (Arrays.equals(next, w)) {
                break;
            }
            w = next;
        }
        return w;
    }

    private static double[] newtonStep(double[] w, long[] counts, double r, double n, double lambda) {
        double c = 2 * lambda / (SIZE * SIZE);
        double[] p = Softmax.of(w);
        double[] step = new double[SIZE];
        double[] dInvP = new double[SIZE];
        double pDg = 0;
        double pDp = 0;
        for (int j = 0; j < SIZE; j++) {
            double g = r * p[j] - counts[j] / n + c * w[j];
            double d = r * p[j] + c;
            step[j] = g / d;
            dInvP[j] = p[j] / d;
            pDg += p[j] * step[j];
            pDp += p[j] * dInvP[j];
        }
        double scale = r * pDg / (1 - r * pDp);
        for (int j = 0; j < SIZE; j++) {
            step[j] += dInvP[j] * scale;
        }
        return step;
    }

    private static double rowLoss(double[] w, long[] counts, double r, double n, double lambda) {
        double squares = 0;
        double linear = 0;
        for (int j = 0; j < SIZE; j++) {
            squares += w[j] * w[j];
            linear += counts[j] * w[j];
        }
        return r * LogSumExp.of(w) - linear / n + lambda / (SIZE * SIZE) * squares;
    }
}
