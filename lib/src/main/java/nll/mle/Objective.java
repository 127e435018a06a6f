package nll.mle;

/** A differentiable function of a parameter vector, as a gradient method sees it. */
interface Objective {

    /**
     * Evaluates the function at {@code theta} and writes its gradient into {@code gradient}
     * (same length as theta).
     *
     * @return the function's value
     */
    double evaluate(double[] theta, double[] gradient);

    /**
     * The parameters as they are reported in a {@link GradientPath}; the identity unless the
     * method works in transformed coordinates (e.g. log sigma reported as sigma).
     */
    default double[] reported(double[] theta) {
        return theta.clone();
    }
}
