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
 * {@code check} for the exercise's shape of function. One {@code check} serves every shape of its arity whose
 * parameters are objects, such as {@code (double[] p, double[] q)} and {@code (long[][] counts, double[][] P)}; the
 * shapes with {@code double} or {@code int} parameters, which Java's generic interfaces cannot hold, have interfaces
 * of their own below. A failing check is printed, never thrown, so a notebook runs on; each check has a time limit of
 * 2 s, and what the learner's code prints during a check is cut short.
 */
public final class Exercise {

    private Exercise() {}

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

    /** {@code (long[][] counts, int i, int j, double alpha) -> double}: a cell of a count matrix. */
    @FunctionalInterface
    public interface OfCell {
        double apply(long[][] counts, int i, int j, double alpha);
    }

    /**
     * {@code (A first, B second, double parameter) -> R}: two objects, such as a training and a held-out count matrix,
     * and one parameter.
     */
    @FunctionalInterface
    public interface OfTwoAndParameter<A, B, R> {
        R apply(A first, B second, double parameter);
    }

    public static void check(String id, DoubleUnaryOperator answer) {
        print(id, answer);
    }

    public static void check(String id, DoubleBinaryOperator answer) {
        print(id, answer);
    }

    public static <A> void check(String id, ToDoubleFunction<A> answer) {
        print(id, answer);
    }

    public static <A, B> void check(String id, ToDoubleBiFunction<A, B> answer) {
        print(id, answer);
    }

    public static <A, R> void check(String id, Function<A, R> answer) {
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

    public static void check(String id, OfCell answer) {
        print(id, answer);
    }

    public static <A, B, R> void check(String id, OfTwoAndParameter<A, B, R> answer) {
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

    private static <F, R> Report runTyped(Definition<F, R> exercise, Object answer) {
        if (answer == null) {
            throw new IllegalArgumentException("answer = null: pass your method as " + exercise.lambda());
        }
        if (!exercise.type().isInstance(answer)) {
            throw new IllegalArgumentException(exercise.shape() + ", not a "
                    + answer.getClass().getInterfaces()[0].getSimpleName());
        }
        // the class check cannot see type arguments: an answer with other ones is caught at its first call
        @SuppressWarnings("unchecked")
        F function = (F) answer;
        return CheckRunner.run(exercise, function);
    }
}
