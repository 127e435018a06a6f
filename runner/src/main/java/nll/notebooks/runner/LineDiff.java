package nll.notebooks.runner;

import java.util.Arrays;
import java.util.List;

/** A line-by-line difference between two texts, shown as the changed block between their common lines. */
final class LineDiff {
    private static final int CONTEXT = 2;

    private LineDiff() {}

    static String between(String expected, String actual) {
        List<String> a = Arrays.asList(expected.split("\n", -1));
        List<String> b = Arrays.asList(actual.split("\n", -1));
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder diff = new StringBuilder();
        for (int i = Math.max(0, prefix - CONTEXT); i < prefix; i++) {
            diff.append("  ").append(a.get(i)).append('\n');
        }
        for (int i = prefix; i < a.size() - suffix; i++) {
            diff.append("- ").append(a.get(i)).append('\n');
        }
        for (int i = prefix; i < b.size() - suffix; i++) {
            diff.append("+ ").append(b.get(i)).append('\n');
        }
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + CONTEXT); i++) {
            diff.append("  ").append(a.get(i)).append('\n');
        }
        return diff.toString();
    }
}
