package nll.table;

import nll.distribution.Normal;
import nll.likelihood.Likelihood;
import nll.validation.Require;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The data with the likelihood of each point under several normal models: one row per point,
 * column "x" (4 decimals, as the data are given) and one column per model, headed by the model,
 * e.g. "N(50, 5)", holding pdf(x_i) to 6 decimals.
 *
 * <pre>{@code
 * LikelihoodTable.of(data, Normal.of(50, 5), Normal.of(45, 8))
 * }</pre>
 */
public final class LikelihoodTable {

    private LikelihoodTable() {}

    /**
     * The table of per-point likelihoods.
     *
     * @throws IllegalArgumentException for empty or non-finite data, no models, or the same model twice
     */
    public static Table of(double[] data, Normal... models) {
        Require.finiteValues("data", data);
        Require.nonEmpty("models", models, "distribution");
        Table table = Table.create("Likelihood of each data point");
        table.addColumns(FixedFormat.column("x", data, 4));
        for (Normal model : models) {
            String name = String.valueOf(model);
            if (table.containsColumn(name)) {
                throw new IllegalArgumentException("models holds " + name + " twice");
            }
            DoubleColumn column =
                    FixedFormat.column(name, Likelihood.of(model, data).perPoint(), 6);
            table.addColumns(column);
        }
        return table;
    }
}
