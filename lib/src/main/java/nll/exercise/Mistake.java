package nll.exercise;

import java.util.Objects;

/**
 * A mistake learners make in an exercise, written out as the wrong function it produces, and the hint that
 * explains it. A wrong answer that gives the mistake's value on a check, to within the check's tolerance, is shown this
 * hint.
 *
 * @param <F> the exercise's function type
 */
final class Mistake<F> {

    /** The least tolerance of a match, so that the same mistake summed in another order still matches. */
    private static final double LEAST_MATCH = 1e-9;

    private final String name;
    private final String hint;
    private final F wrongAnswer;

    private Mistake(String name, String hint, F wrongAnswer) {
        this.name = Objects.requireNonNull(name, "name");
        this.hint = Objects.requireNonNull(hint, "hint");
        this.wrongAnswer = Objects.requireNonNull(wrongAnswer, "wrongAnswer");
    }

    static <F> Mistake<F> of(String name, String hint, F wrongAnswer) {
        return new Mistake<>(name, hint, wrongAnswer);
    }

    String name() {
        return name;
    }

    String hint() {
        return hint;
    }

    F wrongAnswer() {
        return wrongAnswer;
    }

    /** Whether {@code actual} is what this mistake gives on {@code check}'s case (a mistake that throws never matches). */
    boolean explains(Check<F> check, Object actual) {
        Object mistaken;
        try {
            mistaken = check.callOn(wrongAnswer);
        } catch (RuntimeException e) {
            return false;
        }
        return check.agree(mistaken, actual, LEAST_MATCH) && !check.agree(check.expected(), mistaken, LEAST_MATCH);
    }
}
