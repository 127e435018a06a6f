package nll.exercise;

/** The outcome of one check: its label, whether it passed, and the message of a failure (expected, actual, hint). */
final class CheckResult {

    private final String label;
    private final boolean passed;
    private final String message;
    private final String printed;

    CheckResult(String label, boolean passed, String message, String printed) {
        this.label = label;
        this.passed = passed;
        this.message = message;
        this.printed = printed;
    }

    String label() {
        return label;
    }

    boolean passed() {
        return passed;
    }

    /** Empty for a pass. */
    String message() {
        return message;
    }

    /** Empty when the learner's code printed nothing during the check. */
    String printed() {
        return printed;
    }

    /** One line, plus a second for output the learner's code printed. */
    String text() {
        String line = (passed ? "  pass  " : "  FAIL  ") + label + (passed ? "" : ": " + message);
        return printed.isEmpty() ? line : line + "\n          (" + printed + ")";
    }
}
