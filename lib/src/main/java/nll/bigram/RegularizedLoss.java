package nll.bigram;

import nll.validation.Require;

/**
 * The part both loss implementations share: the regulariser {@code lambda (1/729) sum W^2} and its gradient
 * {@code 2 lambda W / 729}, added to an average NLL term computed by the subclass.
 */
abstract class RegularizedLoss implements BigramLoss {

    private static final int ENTRIES = Vocabulary.SIZE * Vocabulary.SIZE;

    private final double regularization;

    RegularizedLoss(double regularization) {
        this.regularization = Require.nonNegative("regularization", regularization);
    }

    /**
     * The average NLL term at {@code w}, writing its gradient into {@code gradient} (all zeros on entry).
     *
     * @param w the weights flattened row by row
     * @param gradient receives {@code d(average NLL)/dW}, flattened row by row
     * @return the average NLL
     */
    abstract double averageNll(double[] w, double[] gradient);

    @Override
    public final LossAndGradient evaluate(NeuralModel model) {
        Require.nonNull("model", model, "a neural bigram model");
        double[] w = model.shared();
        double[] gradient = new double[ENTRIES];
        double nll = averageNll(w, gradient);
        double scale = 2 * regularization / ENTRIES;
        for (int k = 0; k < ENTRIES; k++) {
            gradient[k] += scale * w[k];
        }
        return new LossAndGradient(nll + regularization * model.meanSquaredWeight(), gradient);
    }

    @Override
    public final double regularization() {
        return regularization;
    }
}
