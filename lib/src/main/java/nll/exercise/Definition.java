package nll.exercise;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nll.validation.Require;

/**
 * An exercise: its id ({@code "03.2"}: notebook 03, exercise 2), the function type the learner's lambda has, the
 * type of its answer, the checks it must pass, the mistakes it recognises and its solution. Built by the notebooks'
 * content classes with {@link #number}, {@link #vector} or {@link #matrix}, one per type of answer.
 *
 * @param <F> the function type of the learner's answer
 * @param <R> the type of the answer the function returns
 */
public final class Definition<F, R> {

    private final String id;
    private final String title;
    private final Class<?> type;
    private final String lambda;
    private final Class<?> source;
    private final String solutionName;
    private final F solution;
    private final List<Check<F, R>> checks;
    private final List<Mistake<F>> mistakes;

    private Definition(Builder<F, R> builder, String solutionName) {
        this.id = builder.id;
        this.title = builder.title;
        this.type = builder.type;
        this.lambda = builder.lambda;
        this.source = builder.source;
        this.solutionName = solutionName;
        this.solution = builder.solution;
        this.checks = List.copyOf(builder.checks);
        this.mistakes = List.copyOf(builder.mistakes);
    }

    /**
     * Starts an exercise whose answer is a number.
     *
     * @param id the exercise's id, {@code NN.K}
     * @param type the learner's function type, one of those {@link Exercise#check} takes
     * @param lambda how the check cell passes the learner's method, e.g. {@code (double[] xs) -> mean(xs)}
     */
    public static <F> Builder<F, Double> number(String id, String title, Class<?> type, String lambda) {
        return new Builder<>(id, title, type, lambda, AnswerType.NUMBER);
    }

    /** Starts an exercise whose answer is a {@code double[]}; the parameters as for {@link #number}. */
    public static <F> Builder<F, double[]> vector(String id, String title, Class<?> type, String lambda) {
        return new Builder<>(id, title, type, lambda, AnswerType.VECTOR);
    }

    /** Starts an exercise whose answer is a {@code double[][]}; the parameters as for {@link #number}. */
    public static <F> Builder<F, double[][]> matrix(String id, String title, Class<?> type, String lambda) {
        return new Builder<>(id, title, type, lambda, AnswerType.MATRIX);
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    /** The learner's function type, without its type arguments. */
    Class<?> type() {
        return type;
    }

    String lambda() {
        return lambda;
    }

    /** "exercise 03.1 takes a lambda of the form ...", the start of a message about an answer of another shape. */
    String shape() {
        return "exercise " + id + " takes a lambda of the form " + lambda;
    }

    /** The class whose source file holds the solution. */
    Class<?> source() {
        return source;
    }

    /** The name of the method marked {@code @Solution(id)} in {@link #source()}. */
    String solutionName() {
        return solutionName;
    }

    F solution() {
        return solution;
    }

    List<Check<F, R>> checks() {
        return checks;
    }

    List<Mistake<F>> mistakes() {
        return mistakes;
    }

    /** The hint for a wrong {@code actual} on {@code check}: the first named mistake it matches, or the check's own. */
    String hintFor(Check<F, R> check, R actual) {
        for (Mistake<F> mistake : mistakes) {
            if (mistake.explains(check, actual)) {
                return mistake.hint();
            }
        }
        return check.hint();
    }

    /**
     * Collects an exercise's parts.
     *
     * @param <F> the function type of the learner's answer
     * @param <R> the type of the answer
     */
    public static final class Builder<F, R> {
        private final String id;
        private final String title;
        private final Class<?> type;
        private final String lambda;
        private final AnswerType<R> answerType;
        private Class<?> source;
        private F solution;
        private final List<Check<F, R>> checks = new ArrayList<>();
        private final List<Mistake<F>> mistakes = new ArrayList<>();

        private Builder(String id, String title, Class<?> type, String lambda, AnswerType<R> answerType) {
            Require.nonNull("id", id, "an exercise id like 03.2");
            if (!id.matches("\\d\\d\\.\\d")) {
                throw new IllegalArgumentException("id = " + id + " must look like 03.2");
            }
            this.id = id;
            this.title = Require.text("title", title);
            this.type = Require.nonNull("type", type, "a functional interface");
            this.lambda = Require.text("lambda", lambda);
            this.answerType = answerType;
        }

        /**
         * The solution, and the class whose method marked {@code @Solution(id)} it is, so that its text can be
         * printed.
         */
        public Builder<F, R> solution(Class<?> sourceClass, F function) {
            this.source = Require.nonNull("sourceClass", sourceClass, "the class of the solution's method");
            this.solution = Require.nonNull("function", function, "the solution");
            return this;
        }

        /**
         * A check: {@code call} applied to the learner's function must give {@code expected} to within
         * {@code tolerance} times {@code max(1, |expected|)} (see {@link Tolerance}).
         *
         * @param call calls the function on the case's inputs, copies of them where the function could change them
         * @param hint shown when the answer is wrong and matches none of the named mistakes
         */
        public Builder<F, R> check(String label, Function<F, R> call, R expected, double tolerance, String hint) {
            return add(label, call, expected, new Tolerance(tolerance, false), hint);
        }

        /** A check with a tolerance relative to {@code |expected|} alone, for likelihoods of order 1e-7. */
        public Builder<F, R> checkRelative(
                String label, Function<F, R> call, R expected, double tolerance, String hint) {
            return add(label, call, expected, new Tolerance(tolerance, true), hint);
        }

        private Builder<F, R> add(String label, Function<F, R> call, R expected, Tolerance tolerance, String hint) {
            Require.text("label", label);
            if (checks.stream().anyMatch(c -> c.label().equals(label))) {
                throw new IllegalArgumentException("exercise " + id + " has two checks labelled " + label);
            }
            checks.add(new Check<>(
                    label,
                    Require.nonNull("call", call, "a call of the function"),
                    Require.nonNull("expected", expected, "the expected answer"),
                    tolerance,
                    answerType,
                    Require.text("hint", hint)));
            return this;
        }

        /** A mistake learners make, as the wrong function it produces, and the hint for it. */
        public Builder<F, R> mistake(String name, String hint, F wrongAnswer) {
            mistakes.add(new Mistake<>(
                    Require.text("name", name),
                    Require.text("hint", hint),
                    Require.nonNull("wrongAnswer", wrongAnswer, "the wrong function")));
            return this;
        }

        /**
         * The exercise.
         *
         * @throws IllegalStateException if it has no solution, no method marked {@code @Solution(id)} in the
         *     solution's class, fewer than 3 checks or fewer than 2 mistakes
         */
        public Definition<F, R> build() {
            if (solution == null) {
                throw new IllegalStateException("exercise " + id + " has no solution");
            }
            if (checks.size() < 3) {
                throw new IllegalStateException(
                        "exercise " + id + " has " + checks.size() + " checks, needs at least 3");
            }
            if (mistakes.size() < 2) {
                throw new IllegalStateException(
                        "exercise " + id + " names " + mistakes.size() + " mistakes, needs at least 2");
            }
            return new Definition<>(this, markedMethod());
        }

        private String markedMethod() {
            List<Method> marked = Arrays.stream(source.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Solution.class)
                            && m.getAnnotation(Solution.class).value().equals(id))
                    .toList();
            if (marked.size() != 1) {
                throw new IllegalStateException(source.getSimpleName() + " has " + marked.size()
                        + " methods marked @Solution(\"" + id + "\"), needs 1");
            }
            return marked.get(0).getName();
        }
    }
}
