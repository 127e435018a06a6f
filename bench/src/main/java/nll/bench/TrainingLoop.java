package nll.bench;

import nll.bigram.BigramLoss;
import nll.bigram.GradientDescent;
import nll.bigram.NeuralModel;
import nll.bigram.TrainingRun;

/**
 * The post's training loop as a timed task: each call makes one update from where the previous call left off, so
 * the timed steps are the steps of a real run, as in the PyTorch script.
 */
final class TrainingLoop implements MedianTimer.Task {

    private final GradientDescent descent;
    private NeuralModel model;

    TrainingLoop(BigramLoss loss, double learningRate, NeuralModel start) {
        this.descent = GradientDescent.of(loss, learningRate);
        this.model = start;
    }

    /** One step (loss, gradient, update); returns the loss before it. */
    @Override
    public double call() {
        TrainingRun run = descent.train(model, 1);
        model = run.model();
        return run.loss(0);
    }
}
