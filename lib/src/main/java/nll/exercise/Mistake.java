package nll.exercise;

/**
 * A mistake learners make in an exercise, written out as the wrong function it produces, and the hint that
 * explains it. A wrong answer that gives the mistake's value on a check, to within the check's tolerance, is shown this
 * hint.
 *
 * @param name what the mistake is, in a few words
 * @param hint what to do instead
 * @param wrongAnswer the function the mistake produces
 * @param <F> the exercise's function type
 */
record Mistake<F>(String name, String hint, F wrongAnswer) {

    /** The least tolerance of a match, so that the same mistake summed in another order still matches. */
    private static final double LEAST_MATCH = 1e-9;

    /** Whether {@code actual} is what this mistake gives on {@code check}'s case (a mistake that throws never matches). */
    <R> boolean explains(Check<F, R> check, R actual) {
        R mistaken;
        try {
            mistaken = check.callOn(wrongAnswer);
        } catch (RuntimeException e) {
            return false;
        }
        return mistaken != null
                && check.agree(mistaken, actual, LEAST_MATCH)
                && !check.agree(check.expected(), mistaken, LEAST_MATCH);
    }
}
