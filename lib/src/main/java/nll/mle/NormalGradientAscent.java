package nll.mle;

import java.util.List;
import nll.distribution.Normal;
import nll.likelihood.Likelihood;
import nll.validation.Require;

/**
 * Gradient ascent on the log-likelihood of N(mu, sigma) for fixed data, recording its path; it
 * converges to the closed form {@link NormalMle}.
 *
 * <p>The method climbs in the coordinates (mu, t) with t = log sigma and reports (mu, sigma):
 *
 * <pre>
 *   log L(mu, t) = -n t - (n/2) log(2 pi) - sum_i (x_i - mu)^2 / (2 e^(2t))
 *   d/dmu = sum_i (x_i - mu) / sigma^2,     d/dt = -n + sum_i (x_i - mu)^2 / sigma^2
 *   mu += learningRate * d/dmu,             t  += learningRate * d/dt,     sigma = e^t
 * </pre>
 *
 * <p>Why log sigma: a step in sigma itself can overshoot to sigma &lt;= 0, where the normal is
 * undefined; e^t is positive for every t, so no step can leave the parameter space. It also makes
 * the steps relative (a change of t by 0.1 scales sigma by 10%), and near the maximum the
 * curvature in t is the constant -2n, so one learning rate suits any data scale in that
 * coordinate. The maximiser is the same in either coordinate because t -> e^t is one-to-one.
 *
 * <p>Choosing the learning rate: near the maximum the iteration contracts in mu by a factor
 * |1 - learningRate * n / sigma^2| per step and in t by |1 - 2 n learningRate|, so it converges for
 * learningRate &lt; min(2 sigma^2 / n, 1 / n); for the five data points of the notebooks 0.1 is a
 * good choice. Instances are immutable.
 */
public final class NormalGradientAscent {

    private final double[] data;

    private NormalGradientAscent(double[] data) {
        this.data = data;
    }

    /**
     * The ascent for {@code data}.
     *
     * @throws IllegalArgumentException for empty data or a NaN or infinite value
     */
    public static NormalGradientAscent of(double... data) {
        return new NormalGradientAscent(Require.finiteValues("data", data).clone());
    }

    /**
     * Runs {@code steps} steps of gradient ascent from N(mu0, sigma0).
     *
     * @return the path, with parameters "mu" and "sigma" and objective "log-likelihood"
     * @throws IllegalArgumentException for a non-finite mu0, sigma0 not positive and finite,
     *     learningRate not positive and finite, or steps &lt; 0
     * @throws IllegalStateException if the ascent diverges because the learning rate is too large
     */
    public GradientPath run(double mu0, double sigma0, double learningRate, int steps) {
        Require.finite("mu0", mu0);
        Require.positive("sigma0", sigma0);
        Objective logLikelihood = new Objective() {
            @Override
            public double evaluate(double[] theta, double[] gradient) {
                double mu = theta[0];
                double sigma = Math.exp(theta[1]);
                if (!Double.isFinite(mu) || !(sigma > 0) || !Double.isFinite(sigma)) {
                    return Double.NaN;
                }
                gradient[0] = NormalScore.mu(data, mu, sigma);
                gradient[1] = NormalScore.logSigma(data, mu, sigma);
                return Likelihood.of(Normal.of(mu, sigma), data).logLikelihood();
            }

            @Override
            public double[] reported(double[] theta) {
                return new double[] {theta[0], Math.exp(theta[1])};
            }
        };
        return GradientMethod.run(
                logLikelihood,
                new double[] {mu0, Math.log(sigma0)},
                learningRate,
                steps,
                true,
                List.of("mu", "sigma"),
                "log-likelihood");
    }
}
