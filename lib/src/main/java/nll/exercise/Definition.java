package nll.exercise;

import java.util.List;
import java.util.Objects;

/**
 * An exercise: its id ({@code "03.2"}: notebook 03, exercise 2), the function type the learner's lambda has, the
 * checks it must pass, the mistakes it recognises and its solution.
 *
 * @param <F> the function type of the learner's answer
 */
final class Definition<F> {

    private final String id;
    private final String title;
    private final Class<F> type;
    private final String lambda;
    private final String solutionName;
    private final F solution;
    private final List<Check<F>> checks;
    private final List<Mistake<F>> mistakes;

    private Definition(Builder<F> builder) {
        this.id = builder.id;
        this.title = builder.title;
        this.type = builder.type;
        this.lambda = builder.lambda;
        this.solutionName = builder.solutionName;
        this.solution = builder.solution;
        this.checks = List.copyOf(builder.checks);
        this.mistakes = List.copyOf(builder.mistakes);
    }

    /**
     * Starts an exercise.
     *
     * @param type   the learner's function type
     * @param lambda how the check cell passes the learner's method, e.g. {@code (double[] xs) -> mean(xs)}
     */
    static <F> Builder<F> builder(String id, String title, Class<F> type, String lambda) {
        return new Builder<>(id, title, type, lambda);
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    Class<F> type() {
        return type;
    }

    String lambda() {
        return lambda;
    }

    /** The name of the solution's method in its notebook's source file. */
    String solutionName() {
        return solutionName;
    }

    F solution() {
        return solution;
    }

    List<Check<F>> checks() {
        return checks;
    }

    List<Mistake<F>> mistakes() {
        return mistakes;
    }

    /** The hint for a wrong {@code actual} on {@code check}: the first named mistake it matches, or the check's own. */
    String hintFor(Check<F> check, Object actual) {
        for (Mistake<F> mistake : mistakes) {
            if (mistake.explains(check, actual)) {
                return mistake.hint();
            }
        }
        return check.hint();
    }

    /** Collects an exercise's parts. */
    static final class Builder<F> {
        private final String id;
        private final String title;
        private final Class<F> type;
        private final String lambda;
        private String solutionName;
        private F solution;
        private final java.util.ArrayList<Check<F>> checks = new java.util.ArrayList<>();
        private final java.util.ArrayList<Mistake<F>> mistakes = new java.util.ArrayList<>();

        private Builder(String id, String title, Class<F> type, String lambda) {
            if (!id.matches("\\d\\d\\.\\d")) {
                throw new IllegalArgumentException("id = " + id + " must look like 03.2");
            }
            this.id = id;
            this.title = Objects.requireNonNull(title, "title");
            this.type = Objects.requireNonNull(type, "type");
            this.lambda = Objects.requireNonNull(lambda, "lambda");
        }

        /** The solution and the name of its method in the source file, so that its text can be printed. */
        Builder<F> solution(String methodName, F function) {
            this.solutionName = Objects.requireNonNull(methodName, "methodName");
            this.solution = Objects.requireNonNull(function, "function");
            return this;
        }

        /** A check with a tolerance relative to the expected value's size when that is above 1. */
        Builder<F> check(String label, java.util.function.Function<F, Object> call, Object expected, double tolerance,
                String hint) {
            return add(Check.of(label, call, expected, tolerance, false, hint));
        }

        /** A check with a tolerance relative to the expected value's size, for likelihoods of order 1e-7. */
        Builder<F> checkRelative(String label, java.util.function.Function<F, Object> call, Object expected,
                double tolerance, String hint) {
            return add(Check.of(label, call, expected, tolerance, true, hint));
        }

        private Builder<F> add(Check<F> check) {
            if (checks.stream().anyMatch(c -> c.label().equals(check.label()))) {
                throw new IllegalArgumentException("exercise " + id + " has two checks labelled " + check.label());
            }
            checks.add(check);
            return this;
        }

        Builder<F> mistake(String name, String hint, F wrongAnswer) {
            mistakes.add(Mistake.of(name, hint, wrongAnswer));
            return this;
        }

        Definition<F> build() {
            if (solution == null) {
                throw new IllegalStateException("exercise " + id + " has no solution");
            }
            if (checks.size() < 3) {
                throw new IllegalStateException("exercise " + id + " has " + checks.size() + " checks, needs at least 3");
            }
            if (mistakes.size() < 2) {
                throw new IllegalStateException("exercise " + id + " names " + mistakes.size() + " mistakes, needs at least 2");
            }
            return new Definition<>(this);
        }
    }
}
