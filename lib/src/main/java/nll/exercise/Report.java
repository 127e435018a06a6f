package nll.exercise;

import java.util.List;
import java.util.stream.Collectors;

/** The checks of one exercise run against one answer. */
final class Report {

    private final String heading;
    private final List<CheckResult> results;

    Report(String heading, List<CheckResult> results) {
        this.heading = heading;
        this.results = List.copyOf(results);
    }

    List<CheckResult> results() {
        return results;
    }

    long passes() {
        return results.stream().filter(CheckResult::passed).count();
    }

    boolean allPass() {
        return passes() == results.size();
    }

    /** The heading, one line per check and the last line {@code N of M checks pass}. */
    String text() {
        return heading + "\n"
                + results.stream().map(CheckResult::text).collect(Collectors.joining("\n")) + "\n"
                + passes() + " of " + results.size() + " checks pass" + (allPass() ? ": well done" : "");
    }
}
