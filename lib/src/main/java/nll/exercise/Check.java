package nll.exercise;

import java.util.Objects;
import java.util.function.Function;

/**
 * One check of an exercise: a case the learner's function is called on, and the answer expected for it.
 *
 * @param <F> the exercise's function type
 */
final class Check<F> {

    private final String label;
    private final Function<F, Object> call;
    private final Object expected;
    private final double tolerance;
    private final boolean relative;
    private final String hint;

    private Check(String label, Function<F, Object> call, Object expected, double tolerance, boolean relative,
            String hint) {
        this.label = Objects.requireNonNull(label, "label");
        this.call = Objects.requireNonNull(call, "call");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.tolerance = tolerance;
        this.relative = relative;
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /**
     * A check that passes when {@code call} gives {@code expected} to within {@code tolerance}: relative to the
     * expected value's size, or to its size when above 1 unless {@code relative} (see {@link Values#close}).
     *
     * @param hint shown when the answer is wrong and matches none of the exercise's named mistakes
     */
    static <F> Check<F> of(String label, Function<F, Object> call, Object expected, double tolerance,
            boolean relative, String hint) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " must be >= 0");
        }
        return new Check<>(label, call, expected, tolerance, relative, hint);
    }

    String label() {
        return label;
    }

    Object expected() {
        return expected;
    }

    String hint() {
        return hint;
    }

    /** Calls {@code function} on this check's case. */
    Object callOn(F function) {
        return call.apply(function);
    }

    boolean accepts(Object actual) {
        return Values.close(expected, actual, tolerance, relative);
    }

    /** Whether two answers agree to within this check's tolerance, or {@code leastTolerance} if that is larger. */
    boolean agree(Object first, Object second, double leastTolerance) {
        return Values.close(first, second, Math.max(tolerance, leastTolerance), relative);
    }
}
