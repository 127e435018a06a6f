package nll.exercise;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * The notebooks' exercises, for the learner: {@code Exercise.check("03.1", (double[] xs, double mu, double sigma) ->
 * stableLogLikelihood(xs, mu, sigma))} runs exercise 03.1's checks against the learner's method and prints one line per
 * check and how many pass; {@code Exercise.solution("03.1")} prints a solution.
 * <p>
 * The lambda names its parameter types, as the check cells below each exercise show: that is how Java picks the
 * {@code check} for the exercise's shape of function. A failing check is printed, never thrown, so a notebook runs
 * on; each check has a time limit of 2 s, and what the learner's code prints during a check is cut short.
 */
public final class Exercise {

    private Exercise() {
    }

    /** {@code (double x, double mu, double sigma) -> double}. */
    @FunctionalInterface
    public interface OfPoint {
        double apply(double x, double mu, double sigma);
    }

    /** {@code (double a, double b, double mu, double sigma) -> double}. */
    @FunctionalInterface
    public interface OfInterval {
        double apply(double a, double b, double mu, double sigma);
    }

    /** {@code (double[] xs, double mu, double sigma) -> double}. */
    @FunctionalInterface
    public interface OfSample {
        double apply(double[] xs, double mu, double sigma);
    }

    /** {@code (double[] xs, double theta) -> double}: a sample and one parameter. */
    @FunctionalInterface
    public interface OfSampleAndParameter {
        double apply(double[] xs, double theta);
    }

    /** {@code (float[] values) -> float}. */
    @FunctionalInterface
    public interface OfFloats {
        float apply(float[] values);
    }

    /** {@code (long[][] counts, double[][] probabilities) -> double}. */
    @FunctionalInterface
    public interface OfCounts {
        double apply(long[][] counts, double[][] probabilities);
    }

    /** {@code (long[][] counts, double[][] w, double rate) -> double[][]}. */
    @FunctionalInterface
    public interface OfStep {
        double[][] apply(long[][] counts, double[][] w, double rate);
    }

    /** {@code (long[][] counts, int i, int j, double alpha) -> double}. */
    @FunctionalInterface
    public interface OfCell {
        double apply(long[][] counts, int i, int j, double alpha);
    }

    /** {@code (long[][] training, long[][] heldOut, double alpha) -> double}. */
    @FunctionalInterface
    public interface OfSplit {
        double apply(long[][] training, long[][] heldOut, double alpha);
    }

    public static void check(String id, DoubleUnaryOperator answer) {
        print(id, answer);
    }

    public static void check(String id, DoubleBinaryOperator answer) {
        print(id, answer);
    }

    public static void check(String id, ToDoubleFunction<double[]> answer) {
        print(id, answer);
    }

    public static void check(String id, ToDoubleBiFunction<double[], double[]> answer) {
        print(id, answer);
    }

    public static void check(String id, Function<double[], double[]> answer) {
        print(id, answer);
    }

    public static void check(String id, OfPoint answer) {
        print(id, answer);
    }

    public static void check(String id, OfInterval answer) {
        print(id, answer);
    }

    public static void check(String id, OfSample answer) {
        print(id, answer);
    }

    public static void check(String id, OfSampleAndParameter answer) {
        print(id, answer);
    }

    public static void check(String id, OfFloats answer) {
        print(id, answer);
    }

    public static void check(String id, OfCounts answer) {
        print(id, answer);
    }

    public static void check(String id, OfStep answer) {
        print(id, answer);
    }

    public static void check(String id, OfCell answer) {
        print(id, answer);
    }

    public static void check(String id, OfSplit answer) {
        print(id, answer);
    }

    /**
     * Prints the solution of exercise {@code id}, from the source it was compiled from.
     *
     * @throws IllegalArgumentException if there is no exercise {@code id}
     */
    public static void solution(String id) {
        System.out.print(SolutionSource.of(Catalogue.exercise(id)));
    }

    private static void print(String id, Object answer) {
        System.out.println(run(id, answer).text());
    }

    /**
     * Runs the checks of exercise {@code id} against {@code answer}.
     *
     * @throws IllegalArgumentException if there is no exercise {@code id}, or {@code answer} has another shape
     */
    static Report run(String id, Object answer) {
        return runTyped(Catalogue.exercise(id), answer);
    }

    private static <F> Report runTyped(Definition<F> exercise, Object answer) {
        if (answer == null) {
            throw new IllegalArgumentException("answer = null: pass your method as " + exercise.lambda());
        }
        if (!exercise.type().isInstance(answer)) {
            throw new IllegalArgumentException("exercise " + exercise.id() + " takes a lambda of the form "
                    + exercise.lambda() + ", not a " + answer.getClass().getInterfaces()[0].getSimpleName());
        }
        return CheckRunner.run(exercise, exercise.type().cast(answer));
    }
}
