package nll.bigram;

import nll.validation.Require;

/** The loss of a {@link NeuralModel} and its gradient with respect to {@code W}, evaluated together. Immutable. */
public final class LossAndGradient {

    private final double loss;
    private final double[] gradient;

    LossAndGradient(double loss, double[] gradient) {
        this.loss = loss;
        this.gradient = gradient;
    }

    /** The loss {@code L(W)}. */
    public double loss() {
        return loss;
    }

    /** A copy of the 27x27 gradient {@code dL/dW}. */
    public double[][] gradient() {
        return NeuralModel.unflatten(gradient);
    }

    /** {@code dL/dW[i][j]}. */
    public double gradient(int i, int j) {
        Require.index("i", i, Vocabulary.SIZE);
        Require.index("j", j, Vocabulary.SIZE);
        return gradient[i * Vocabulary.SIZE + j];
    }

    /** The gradient flattened row by row, without copying, for the updates in this package, which only read it. */
    double[] shared() {
        return gradient;
    }
}
