package nll.bigram;

import nll.logspace.LogSumExp;
import nll.logspace.Softmax;
import nll.validation.Require;

/**
 * The exact minimiser of the penalised loss {@link BigramLoss#fromCounts(BigramCounts, double)},
 * {@code L(W) = (1/n) sum_ij N[i][j] (lse_i - W[i][j]) + lambda (1/729) sum_ij W[i][j]^2}, found by Newton's method
 * instead of a fixed number of gradient steps. Immutable.
 *
 * <p>The loss is a sum of 27 terms, one per row of {@code W}, that share no weight, so each row is minimised on its
 * own. For row {@code i}, with {@code p = softmax(W[i])}, {@code R = R[i]} and {@code c = 2 lambda / 729},
 *
 * <pre>
 *   gradient g = (R p - N[i]) / n + c W[i]
 *   Hessian  H = (R / n) (diag(p) - p p^T) + c I
 * </pre>
 *
 * {@code H} is positive definite for {@code lambda > 0}, so the loss is strictly convex with one minimum. Each
 * iteration solves {@code H d = g} by Cholesky and halves the step {@code d} until the row's loss does not rise,
 * from {@code W[i] = 0}. Once the predicted decrease {@code g.d / 2} is below what the loss's rounding can resolve,
 * full steps are taken until a step moves no weight by more than {@value #STEP_TOLERANCE} or stops halving (the
 * rounding of the gradient is reached).
 *
 * <p>Without the penalty there is no minimum when a count is zero (its weight would have to reach
 * {@code -infinity}), which is why {@code lambda = 0} is rejected: train it with {@link GradientDescent} for a stated
 * number of steps instead.
 */
public final class RegularizedMinimum {

    /** A full Newton step that moves no weight by more than this ends the iteration: the next would move it by
     * about its square. */
    public static final double STEP_TOLERANCE = 1e-9;

    /** Relative change of the loss below its rounding: a predicted decrease smaller than this times the loss cannot
     * be checked by evaluating the loss. */
    static final double LOSS_RESOLUTION = 1e-14;

    /** Newton iterations allowed per row before giving up. */
    public static final int MAX_ITERATIONS = 200;

    private final NeuralModel model;
    private final double regularization;
    private final int iterations;

    private RegularizedMinimum(NeuralModel model, double regularization, int iterations) {
        this.model = model;
        this.regularization = regularization;
        this.iterations = iterations;
    }

    /**
     * Minimises the penalised loss of the counts.
     *
     * @param counts the bigram counts of the training examples
     * @param regularization {@code lambda}, positive and finite (the post uses 0.01)
     * @return the minimum
     * @throws IllegalArgumentException if {@code lambda} is not positive and finite
     * @throws IllegalStateException if a row has not converged after {@link #MAX_ITERATIONS} iterations
     */
    public static RegularizedMinimum of(BigramCounts counts, double regularization) {
        Require.nonNull("counts", counts, "a bigram count matrix");
        if (regularization == 0) {
            throw new IllegalArgumentException("regularization = 0.0 must be > 0 and finite: without a penalty a zero"
                    + " count has no finite minimum");
        }
        Require.positive("regularization", regularization);
        double n = counts.total();
        double c = 2 * regularization / (Vocabulary.SIZE * Vocabulary.SIZE);
        double[][] w = new double[Vocabulary.SIZE][];
        int mostIterations = 0;
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            double[] rowCounts = new double[Vocabulary.SIZE];
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                rowCounts[j] = counts.count(i, j);
            }
            Row row = new Row(rowCounts, counts.rowTotal(i), n, c);
            w[i] = row.minimise(i);
            mostIterations = Math.max(mostIterations, row.iterations);
        }
        return new RegularizedMinimum(NeuralModel.of(w), regularization, mostIterations);
    }

    /** The minimising weights. */
    public NeuralModel model() {
        return model;
    }

    /** {@code lambda}. */
    public double regularization() {
        return regularization;
    }

    /** The most Newton iterations any row needed. */
    public int iterations() {
        return iterations;
    }

    /** One row's share of the loss, {@code (R lse(v) - N.v) / n + (c / 2) v.v}, and its Newton iteration. */
    private static final class Row {

        private final double[] counts;
        private final double total;
        private final double n;
        private final double c;
        private int iterations;

        Row(double[] counts, double total, double n, double c) {
            this.counts = counts;
            this.total = total;
            this.n = n;
            this.c = c;
        }

        double loss(double[] v) {
            double value = total * LogSumExp.of(v);
            double squares = 0;
            for (int j = 0; j < v.length; j++) {
                value -= counts[j] * v[j];
                squares += v[j] * v[j];
            }
            return value / n + c / 2 * squares;
        }

        double[] minimise(int rowIndex) {
            int size = counts.length;
            double[] v = new double[size];
            double current = loss(v);
            double previousStep = Double.POSITIVE_INFINITY;
            for (iterations = 0; iterations < MAX_ITERATIONS; iterations++) {
                double[] p = Softmax.of(v);
                double[] g = new double[size];
                for (int j = 0; j < size; j++) {
                    g[j] = (total * p[j] - counts[j]) / n + c * v[j];
                }
                double[][] h = new double[size][size];
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) {
                        h[a][b] = -total / n * p[a] * p[b];
                    }
                    h[a][a] += total / n * p[a] + c;
                }
                double[] d = solveByCholesky(h, g);
                double stepSize = largestAbs(d);
                double predictedDecrease = 0;
                for (int j = 0; j < size; j++) {
                    predictedDecrease += g[j] * d[j] / 2;
                }
                if (predictedDecrease < LOSS_RESOLUTION * current) {
                    // Too close for the loss to tell better from worse: the quadratic model is exact here.
                    v = step(v, d, 1);
                    if (stepSize < STEP_TOLERANCE || stepSize > previousStep / 2) {
                        return v;
                    }
                    previousStep = stepSize;
                    current = loss(v);
                    continue;
                }
                double t = 1;
                double[] next = step(v, d, t);
                double nextLoss = loss(next);
                while (nextLoss > current && t > 1e-12) {
                    t /= 2;
                    next = step(v, d, t);
                    nextLoss = loss(next);
                }
                if (nextLoss > current) {
                    throw new IllegalStateException("row '" + Vocabulary.tokenAt(rowIndex)
                            + "': no step along the Newton direction lowers the loss " + current);
                }
                v = next;
                current = nextLoss;
                previousStep = t * stepSize;
            }
            throw new IllegalStateException("row '" + Vocabulary.tokenAt(rowIndex) + "' did not converge in "
                    + MAX_ITERATIONS + " Newton iterations");
        }

        private static double largestAbs(double[] values) {
            double largest = 0;
            for (double x : values) {
                largest = Math.max(largest, Math.abs(x));
            }
            return largest;
        }

        private static double[] step(double[] v, double[] d, double t) {
            double[] next = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                next[j] = v[j] - t * d[j];
            }
            return next;
        }

        /** Solves {@code h x = g} for a symmetric positive definite {@code h}: {@code h = L L^T}, then two
         * triangular solves. */
        private static double[] solveByCholesky(double[][] h, double[] g) {
            int size = g.length;
            double[][] l = new double[size][size];
            for (int a = 0; a < size; a++) {
                for (int b = 0; b <= a; b++) {
                    double sum = h[a][b];
                    for (int k = 0; k < b; k++) {
                        sum -= l[a][k] * l[b][k];
                    }
                    l[a][b] = a == b ? Math.sqrt(sum) : sum / l[b][b];
                }
            }
            double[] y = new double[size];
            for (int a = 0; a < size; a++) {
                double sum = g[a];
                for (int k = 0; k < a; k++) {
                    sum -= l[a][k] * y[k];
                }
                y[a] = sum / l[a][a];
            }
            double[] x = new double[size];
            for (int a = size - 1; a >= 0; a--) {
                double sum = y[a];
                for (int k = a + 1; k < size; k++) {
                    sum -= l[k][a] * x[k];
                }
                x[a] = sum / l[a][a];
            }
            return x;
        }
    }
}
