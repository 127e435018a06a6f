package nll.bigram;

import nll.validation.Require;

/**
 * Compares the analytic gradient of a {@link BigramLoss} with central finite differences,
 * {@code (L(W + h E_ij) - L(W - h E_ij)) / (2h)} for each of the 729 weights, whose error is {@code O(h^2)} from
 * truncation plus about {@code eps L / h} from rounding. Immutable.
 */
public final class GradientCheck {

    private final double[] analytic;
    private final double[] numerical;

    private GradientCheck(double[] analytic, double[] numerical) {
        this.analytic = analytic;
        this.numerical = numerical;
    }

    /**
     * Evaluates both gradients; this costs 1 + 1458 loss evaluations, so prefer {@link BigramLoss#fromCounts} or a
     * small dataset for {@link BigramLoss#perExample}.
     *
     * @param loss the loss
     * @param at the weights at which to compare
     * @param h the step, positive and finite (1e-5 balances truncation and rounding)
     * @return the comparison
     */
    public static GradientCheck of(BigramLoss loss, NeuralModel at, double h) {
        Require.nonNull("loss", loss, "a bigram loss");
        Require.nonNull("at", at, "a neural bigram model");
        Require.positive("h", h);
        double[] analytic = loss.evaluate(at).shared();
        double[] numerical = new double[analytic.length];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                double w = at.weight(i, j);
                double above = w + h;
                double below = w - h;
                double up = loss.loss(at.withWeight(i, j, above));
                double down = loss.loss(at.withWeight(i, j, below));
                // Divide by the step actually taken: w + h and w - h are rounded, so their gap need not be 2h.
                numerical[i * Vocabulary.SIZE + j] = (up - down) / (above - below);
            }
        }
        return new GradientCheck(analytic, numerical);
    }

    /** A copy of the analytic gradient. */
    public double[][] analytic() {
        return NeuralModel.unflatten(analytic);
    }

    /** A copy of the finite-difference gradient. */
    public double[][] numerical() {
        return NeuralModel.unflatten(numerical);
    }

    /** {@code max_ij |analytic_ij - numerical_ij|}. */
    public double maxAbsoluteDifference() {
        double max = 0;
        for (int k = 0; k < analytic.length; k++) {
            max = Math.max(max, Math.abs(analytic[k] - numerical[k]));
        }
        return max;
    }
}
