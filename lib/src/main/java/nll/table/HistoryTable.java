package nll.table;

import java.util.ArrayList;
import java.util.List;
import nll.mle.GradientPath;
import nll.validation.Require;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The history of an optimiser or a training run, every {@code every}-th iteration and always the
 * last one, numbers to 6 decimals:
 *
 * <ul>
 *   <li>{@link #of(GradientPath, int)}: "iteration", one column per parameter, then the objective
 *       (e.g. "iteration | mu | sigma | log-likelihood");
 *   <li>{@link #ofLosses(double[], int)}: "step | loss".
 * </ul>
 *
 * <pre>{@code
 * HistoryTable.of(NormalGradientAscent.of(data).run(50, 5, 0.1, 200), 20)
 * HistoryTable.ofLosses(losses, 100)
 * }</pre>
 */
public final class HistoryTable {

    private HistoryTable() {}

    /**
     * The path of a gradient method.
     *
     * @throws IllegalArgumentException if path is null or every &lt; 1
     */
    public static Table of(GradientPath path, int every) {
        Require.nonNull("path", path, "a gradient path");
        int[] rows = rows(path.steps() + 1, every);
        Table table = Table.create("Gradient path");
        table.addColumns(IntColumn.create("iteration", rows));
        for (String name : path.parameterNames()) {
            table.addColumns(FixedFormat.column(name, pick(path.parameter(name), rows), 6));
        }
        table.addColumns(FixedFormat.column(path.objectiveName(), pick(path.values(), rows), 6));
        return table;
    }

    /**
     * A training run's losses, {@code losses[k]} being the loss at step k.
     *
     * @throws IllegalArgumentException for empty or non-finite losses or every &lt; 1
     */
    public static Table ofLosses(double[] losses, int every) {
        Require.finiteValues("losses", losses);
        int[] rows = rows(losses.length, every);
        Table table = Table.create("Training history");
        table.addColumns(IntColumn.create("step", rows), FixedFormat.column("loss", pick(losses, rows), 6));
        return table;
    }

    /** 0, every, 2 every, ... below size, and size - 1. */
    private static int[] rows(int size, int every) {
        Require.positive("every", every);
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < size; k += every) {
            rows.add(k);
        }
        if (rows.get(rows.size() - 1) != size - 1) {
            rows.add(size - 1);
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] picked = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            picked[r] = values[rows[r]];
        }
        return picked;
    }
}
