package nll.bigram;

import java.util.Arrays;
import java.util.Random;
import nll.logspace.Softmax;
import nll.validation.Require;

/**
 * The neural bigram model of the post: a single 27x27 weight matrix {@code W}. The input token {@code i} is one-hot
 * encoded, so its logits {@code onehot(i) W} are just row {@code i} of {@code W}, and
 * {@code P(j | i) = softmax(W[i])_j = exp(W[i][j]) / sum_k exp(W[i][k])}. Immutable: an update returns a new model.
 */
public final class NeuralModel implements BigramModel {

    private static final int ENTRIES = Vocabulary.SIZE * Vocabulary.SIZE;

    private final double[] w;

    private NeuralModel(double[] w) {
        this.w = w;
    }

    /** {@code W = 0}: every row is the uniform distribution, {@code P(j | i) = 1/27}. */
    public static NeuralModel zeros() {
        return new NeuralModel(new double[ENTRIES]);
    }

    /**
     * {@code W} with independent standard normal entries, drawn row by row with
     * {@code new java.util.Random(seed).nextGaussian()} (the polar method specified by {@link Random}, so the same
     * seed gives the same {@code W} on every Java version).
     *
     * @param seed the seed
     * @return the model
     */
    public static NeuralModel gaussian(long seed) {
        Random random = new Random(seed);
        double[] w = new double[ENTRIES];
        for (int k = 0; k < ENTRIES; k++) {
            w[k] = random.nextGaussian();
        }
        return new NeuralModel(w);
    }

    /**
     * A given {@code W}.
     *
     * @param w 27 rows of 27 finite numbers; copied
     * @return the model
     * @throws IllegalArgumentException if {@code w} is not 27x27 or has an entry that is NaN or infinite
     */
    public static NeuralModel of(double[][] w) {
        return new NeuralModel(flatten("W", w));
    }

    static double[] flatten(String name, double[][] matrix) {
        Require.nonNull(name, matrix, "a 27x27 matrix");
        if (matrix.length != Vocabulary.SIZE) {
            throw new IllegalArgumentException(name + " has " + matrix.length + " rows; it must be 27x27");
        }
        double[] flat = new double[ENTRIES];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            if (matrix[i] == null || matrix[i].length != Vocabulary.SIZE) {
                throw new IllegalArgumentException("row " + i + " of " + name + " has "
                        + (matrix[i] == null ? "no" : String.valueOf(matrix[i].length))
                        + " columns; it must be 27x27");
            }
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                double v = matrix[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] = " + v + " must be finite");
                }
                flat[i * Vocabulary.SIZE + j] = v;
            }
        }
        return flat;
    }

    static double[][] unflatten(double[] flat) {
        double[][] matrix = new double[Vocabulary.SIZE][];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            matrix[i] = Arrays.copyOfRange(flat, i * Vocabulary.SIZE, (i + 1) * Vocabulary.SIZE);
        }
        return matrix;
    }

    /** A copy of {@code W}. */
    public double[][] weights() {
        return unflatten(w);
    }

    /** {@code W[i][j]}. */
    public double weight(int i, int j) {
        Require.index("i", i, Vocabulary.SIZE);
        Require.index("j", j, Vocabulary.SIZE);
        return w[i * Vocabulary.SIZE + j];
    }

    /**
     * This model with one weight replaced, e.g. to nudge it for a finite difference.
     *
     * @param i row
     * @param j column
     * @param value the new, finite {@code W[i][j]}
     * @return the new model
     */
    public NeuralModel withWeight(int i, int j, double value) {
        Require.index("i", i, Vocabulary.SIZE);
        Require.index("j", j, Vocabulary.SIZE);
        Require.finite("value", value);
        double[] copy = w.clone();
        copy[i * Vocabulary.SIZE + j] = value;
        return new NeuralModel(copy);
    }

    /**
     * The forward pass up to the logits, {@code logits = onehot(xs) W}: row {@code k} is row {@code xs[k]} of
     * {@code W}.
     *
     * @param xs input token indices
     * @return an {@code xs.length x 27} matrix
     */
    public double[][] logits(int[] xs) {
        checkInputs(xs);
        double[][] logits = new double[xs.length][];
        for (int k = 0; k < xs.length; k++) {
            logits[k] = row(xs[k]);
        }
        return logits;
    }

    /**
     * The forward pass, {@code probs = softmax(onehot(xs) W)} row by row: the post's {@code counts = logits.exp()},
     * {@code probs = counts / counts.sum(1, keepdims=True)}.
     *
     * @param xs input token indices
     * @return an {@code xs.length x 27} matrix whose rows sum to 1
     */
    public double[][] probabilities(int[] xs) {
        checkInputs(xs);
        double[][] probs = new double[xs.length][];
        for (int k = 0; k < xs.length; k++) {
            probs[k] = nextTokenProbabilities(xs[k]);
        }
        return probs;
    }

    private static void checkInputs(int[] xs) {
        Require.nonNull("xs", xs, "an array of token indices");
        for (int k = 0; k < xs.length; k++) {
            Require.index("xs[" + k + "]", xs[k], Vocabulary.SIZE);
        }
    }

    @Override
    public double[] nextTokenProbabilities(int previous) {
        Require.index("previous", previous, Vocabulary.SIZE);
        return Softmax.of(row(previous));
    }

    /** A copy of row {@code i} of {@code W}: the logits of every example whose input token is {@code i}. */
    double[] row(int i) {
        return Arrays.copyOfRange(w, i * Vocabulary.SIZE, (i + 1) * Vocabulary.SIZE);
    }

    /** {@code (1/729) sum_ij W[i][j]^2}, the post's {@code (W**2).mean()}. */
    public double meanSquaredWeight() {
        double sum = 0;
        for (double v : w) {
            sum += v * v;
        }
        return sum / ENTRIES;
    }

    /**
     * One gradient descent update, the post's {@code W.data += -lr * W.grad}: {@code W' = W - learningRate * grad}.
     *
     * @param gradient a 27x27 gradient, e.g. {@link LossAndGradient#gradient()}
     * @param learningRate the step size, positive and finite (the post uses 50)
     * @return the updated model
     * @throws IllegalArgumentException if the learning rate is not positive and finite or the gradient is not a
     *     finite 27x27 matrix
     * @throws ArithmeticException if the step overflows a weight to infinity
     */
    public NeuralModel step(double[][] gradient, double learningRate) {
        return step(flatten("gradient", gradient), learningRate);
    }

    NeuralModel step(double[] gradient, double learningRate) {
        Require.positive("learningRate", learningRate);
        double[] updated = new double[ENTRIES];
        for (int k = 0; k < ENTRIES; k++) {
            updated[k] = w[k] - learningRate * gradient[k];
            if (!Double.isFinite(updated[k])) {
                throw new ArithmeticException("learningRate = " + learningRate + " makes W[" + k / Vocabulary.SIZE
                        + "][" + k % Vocabulary.SIZE + "] overflow to " + updated[k]);
            }
        }
        return new NeuralModel(updated);
    }

    /** {@code W} flattened row by row, without copying, for the losses in this package, which only read it. */
    double[] shared() {
        return w;
    }
}
