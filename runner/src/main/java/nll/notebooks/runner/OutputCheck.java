package nll.notebooks.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a notebook's committed outputs are the ones its code produces now: for every code cell,
 * the text outputs of a fresh run equal the committed ones, and images stand at the same places.
 * Execution counts and metadata are not compared.
 */
public final class OutputCheck {
    private OutputCheck() {}

    /**
     * Compares a committed notebook with a fresh execution of it.
     *
     * @return a message naming the notebook, every stale cell and the difference; empty when current
     */
    public static Optional<String> compare(NotebookFile committed, NotebookFile fresh) {
        String name = committed.path().getFileName().toString();
        if (committed.cellCount() != fresh.cellCount()) {
            return Optional.of(name + ": the committed notebook has " + committed.cellCount()
                    + " cells, the executed one " + fresh.cellCount());
        }
        NotebookFile merged = committed.withCoalescedStreams();
        List<String> stale = new ArrayList<>();
        for (int cell = 0; cell < merged.cellCount(); cell++) {
            if (!merged.cellType(cell).equals("code")) {
                continue;
            }
            String expected = render(merged.outputs(cell));
            String actual = render(fresh.outputs(cell));
            if (!expected.equals(actual)) {
                stale.add(merged.describeCell(cell) + " has stale outputs (- committed, + fresh run):\n"
                        + LineDiff.between(expected, actual));
            }
        }
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name + ": " + stale.size() + " cell(s) differ from a fresh run; re-run" + " `./run --update "
                + name + "` and review the change.\n" + String.join("\n", stale));
    }

    /** Outputs as the lines a difference is shown in. */
    static String render(List<CellOutput> outputs) {
        StringBuilder text = new StringBuilder();
        outputs.forEach(output -> text.append(output.render()));
        return text.toString();
    }
}
