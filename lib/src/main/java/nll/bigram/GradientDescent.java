package nll.bigram;

import nll.validation.Require;

/**
 * Full-batch gradient descent on a {@link BigramLoss}, the post's loop: each step evaluates the loss and its gradient
 * at {@code W}, records the loss, and updates {@code W <- W - learningRate * dL/dW}. Immutable.
 */
public final class GradientDescent {

    private final BigramLoss loss;
    private final double learningRate;

    private GradientDescent(BigramLoss loss, double learningRate) {
        this.loss = loss;
        this.learningRate = learningRate;
    }

    /**
     * Gradient descent on {@code loss} with a fixed step.
     *
     * @param loss the loss to minimise
     * @param learningRate step size, positive and finite (the post uses 50)
     * @return the optimiser
     * @throws IllegalArgumentException if the loss is null or the learning rate is not positive and finite
     */
    public static GradientDescent of(BigramLoss loss, double learningRate) {
        Require.nonNull("loss", loss, "a bigram loss");
        Require.positive("learningRate", learningRate);
        return new GradientDescent(loss, learningRate);
    }

    /** The step size. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * Runs {@code steps} updates from {@code start}.
     *
     * @param start the initial weights
     * @param steps number of updates, at least 0
     * @return the loss before each update (what the post prints) and the model after the last one
     * @throws IllegalArgumentException if {@code start} is null or {@code steps < 0}
     */
    public TrainingRun train(NeuralModel start, int steps) {
        Require.nonNull("start", start, "a neural bigram model");
        Require.nonNegative("steps", steps);
        double[] losses = new double[steps];
        NeuralModel model = start;
        for (int k = 0; k < steps; k++) {
            LossAndGradient evaluated = loss.evaluate(model);
            losses[k] = evaluated.loss();
            model = model.step(evaluated.shared(), learningRate);
        }
        return new TrainingRun(losses, model);
    }
}
