package nll.mle;

import java.util.List;
import nll.distribution.Normal;
import nll.likelihood.Likelihood;
import nll.validation.Require;

/**
 * Gradient descent on the negative log likelihood of the mean mu of N(mu, sigma), sigma fixed,
 * recording its path; it converges to the sample mean, the closed form of {@link NormalMle}.
 *
 * <pre>
 *   NLL(mu)    = sum_i (x_i - mu)^2 / (2 sigma^2) + n log(sigma sqrt(2 pi))
 *   dNLL/dmu   = -sum_i (x_i - mu) / sigma^2 = n (mu - mean(x)) / sigma^2
 *   mu        -= learningRate * dNLL/dmu
 * </pre>
 *
 * <p>The NLL is a parabola in mu, so each step shrinks the distance to the mean by the factor
 * |1 - learningRate * n / sigma^2|: the descent converges for learningRate &lt; 2 sigma^2 / n and
 * lands on the mean in one step at learningRate = sigma^2 / n. Instances are immutable.
 */
public final class MeanGradientDescent {

    private final double[] data;
    private final double sigma;

    private MeanGradientDescent(double[] data, double sigma) {
        this.data = data;
        this.sigma = sigma;
    }

    /**
     * The descent for {@code data} with the standard deviation held at {@code sigma}.
     *
     * @throws IllegalArgumentException for empty or non-finite data, or sigma not positive and finite
     */
    public static MeanGradientDescent of(double[] data, double sigma) {
        Require.finiteValues("data", data);
        Require.positive("sigma", sigma);
        return new MeanGradientDescent(data.clone(), sigma);
    }

    /**
     * Runs {@code steps} steps of gradient descent from {@code mu0}.
     *
     * @return the path, with parameter "mu" and objective "NLL"
     * @throws IllegalArgumentException for a non-finite mu0, learningRate not positive and finite,
     *     or steps &lt; 0
     * @throws IllegalStateException if the descent diverges because the learning rate is too large
     */
    public GradientPath run(double mu0, double learningRate, int steps) {
        Require.finite("mu0", mu0);
        Objective nll = (theta, gradient) -> {
            if (!Double.isFinite(theta[0])) {
                return Double.NaN;
            }
            // the gradient of the NLL is minus the score
            gradient[0] = -NormalScore.mu(data, theta[0], sigma);
            return Likelihood.of(Normal.of(theta[0], sigma), data).nll();
        };
        return GradientMethod.run(nll, new double[] {mu0}, learningRate, steps, false, List.of("mu"), "NLL");
    }
}
