package nll.mle;

import java.util.List;

/**
 * The record of a gradient method: for each iteration 0..steps, the parameters (in the units a
 * reader knows, e.g. sigma rather than log sigma) and the objective's value there. Columns come
 * out as arrays ready to plot or tabulate. Immutable.
 */
public final class GradientPath {

    private final List<String> parameterNames;
    private final String objectiveName;
    private final double[][] parameters;
    private final double[] values;

    GradientPath(List<String> parameterNames, String objectiveName, double[][] parameters, double[] values) {
        this.parameterNames = List.copyOf(parameterNames);
        this.objectiveName = objectiveName;
        this.parameters = parameters;
        this.values = values;
    }

    /** The parameters' names in order, e.g. [mu, sigma]. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** What was optimised, e.g. "log-likelihood" or "NLL". */
    public String objectiveName() {
        return objectiveName;
    }

    /** The number of steps taken; the path has {@code steps() + 1} points (iteration 0 is the start). */
    public int steps() {
        return values.length - 1;
    }

    /** The iteration numbers 0..steps. */
    public int[] iterations() {
        int[] iterations = new int[values.length];
        for (int k = 0; k < iterations.length; k++) {
            iterations[k] = k;
        }
        return iterations;
    }

    /**
     * The named parameter at every iteration, a new array.
     *
     * @throws IllegalArgumentException if there is no parameter of that name
     */
    public double[] parameter(String name) {
        int j = indexOf(name);
        double[] column = new double[parameters.length];
        for (int k = 0; k < column.length; k++) {
            column[k] = parameters[k][j];
        }
        return column;
    }

    /** The objective's value at every iteration, a new array. */
    public double[] values() {
        return values.clone();
    }

    /**
     * The named parameter at the last iteration.
     *
     * @throws IllegalArgumentException if there is no parameter of that name
     */
    public double last(String name) {
        return parameters[parameters.length - 1][indexOf(name)];
    }

    /** The objective's value at the last iteration. */
    public double lastValue() {
        return values[values.length - 1];
    }

    private int indexOf(String name) {
        int j = parameterNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("name = " + name + " is not one of the parameters " + parameterNames);
        }
        return j;
    }
}
