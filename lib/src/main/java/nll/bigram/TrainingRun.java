package nll.bigram;

/** The outcome of {@link GradientDescent#train}: the loss history and the trained model. Immutable. */
public final class TrainingRun {

    private final double[] losses;
    private final NeuralModel model;

    TrainingRun(double[] losses, NeuralModel model) {
        this.losses = losses;
        this.model = model;
    }

    /** Number of updates made. */
    public int steps() {
        return losses.length;
    }

    /** A copy of the history: entry {@code k} is the loss at the weights after {@code k} updates. */
    public double[] losses() {
        return losses.clone();
    }

    /** The loss at the weights after {@code k} updates, for {@code k < steps()}. */
    public double loss(int k) {
        if (k < 0 || k >= losses.length) {
            throw new IllegalArgumentException("k = " + k + " must be in [0, " + (losses.length - 1) + "]");
        }
        return losses[k];
    }

    /** The model after the last update ({@code start} itself after 0 steps). */
    public NeuralModel model() {
        return model;
    }
}
