package nll.exercise;

import java.util.function.Function;

/**
 * One check of an exercise: the call of the learner's function on one case's inputs (fresh copies each time), the
 * answer expected for it and how close the answer must come.
 *
 * @param label what the case is, as the report writes it
 * @param call calls a function on the case's inputs
 * @param expected the expected answer
 * @param tolerance how close an answer must be to {@code expected}
 * @param type how answers are compared and written
 * @param hint shown when the answer is wrong and matches none of the exercise's named mistakes
 * @param <F> the exercise's function type
 * @param <R> the answer's type
 */
record Check<F, R>(
        String label, Function<F, R> call, R expected, Tolerance tolerance, AnswerType<R> type, String hint) {

    /** Calls {@code function} on this check's case. */
    R callOn(F function) {
        return call.apply(function);
    }

    boolean accepts(R actual) {
        return type.close(expected, actual, tolerance);
    }

    /** Whether two answers agree to within this check's tolerance, or {@code leastTolerance} if that is larger. */
    boolean agree(R first, R second, double leastTolerance) {
        return type.close(first, second, tolerance.atLeast(leastTolerance));
    }
}
