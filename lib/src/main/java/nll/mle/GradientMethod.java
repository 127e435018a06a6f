package nll.mle;

import java.util.Arrays;
import java.util.List;
import nll.validation.Require;

/**
 * Fixed-step gradient ascent and descent, the loop both {@link NormalGradientAscent} and
 * {@link MeanGradientDescent} run:
 *
 * <pre>
 *   theta_{k+1} = theta_k + sign * learningRate * grad f(theta_k),   sign = +1 to ascend, -1 to descend
 * </pre>
 */
final class GradientMethod {

    private GradientMethod() {}

    /**
     * Runs {@code steps} steps from {@code start} and records iterations 0..steps.
     *
     * @throws IllegalArgumentException if learningRate is not positive and finite or steps < 0
     * @throws IllegalStateException if the iteration diverges (a value or parameter that is not
     *     finite), naming the iteration and the learning rate
     */
    static GradientPath run(
            Objective objective,
            double[] start,
            double learningRate,
            int steps,
            boolean ascend,
            List<String> parameterNames,
            String objectiveName) {
        Require.positive("learningRate", learningRate);
        Require.nonNegative("steps", steps);
        double sign = ascend ? 1 : -1;
        double[] theta = start.clone();
        double[] gradient = new double[theta.length];
        double[][] reported = new double[steps + 1][];
        double[] values = new double[steps + 1];
        for (int k = 0; ; k++) {
            values[k] = objective.evaluate(theta, gradient);
            reported[k] = objective.reported(theta);
            requireFinite(k, values[k], gradient, learningRate);
            if (k == steps) {
                break;
            }
            for (int j = 0; j < theta.length; j++) {
                theta[j] += sign * learningRate * gradient[j];
            }
        }
        return new GradientPath(parameterNames, objectiveName, reported, values);
    }

    private static void requireFinite(int iteration, double value, double[] gradient, double learningRate) {
        boolean finite = Double.isFinite(value);
        for (double g : gradient) {
            finite &= Double.isFinite(g);
        }
        if (!finite) {
            throw new IllegalStateException("diverged at iteration " + iteration + ": objective = " + value
                    + ", gradient = " + Arrays.toString(gradient)
                    + "; learningRate = " + learningRate + " is too large");
        }
    }
}
