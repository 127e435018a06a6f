package nll.mle;

import nll.logspace.CompensatedSum;

/**
 * The score (gradient of the log-likelihood) of N(mu, sigma) for data x_1..x_n, in the two
 * coordinates the gradient methods use:
 *
 * <pre>
 *   d log L / d mu          = sum_i (x_i - mu) / sigma^2
 *   d log L / d (log sigma) = sigma * d log L / d sigma = -n + sum_i (x_i - mu)^2 / sigma^2
 * </pre>
 */
final class NormalScore {

    private NormalScore() {}

    static double mu(double[] data, double mu, double sigma) {
        CompensatedSum deviations = new CompensatedSum();
        for (double x : data) {
            deviations.add(x - mu);
        }
        return deviations.value() / (sigma * sigma);
    }

    static double logSigma(double[] data, double mu, double sigma) {
        CompensatedSum squares = new CompensatedSum();
        for (double x : data) {
            squares.add((x - mu) * (x - mu));
        }
        return -data.length + squares.value() / (sigma * sigma);
    }
}
