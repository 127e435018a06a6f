package nll.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nll.validation.Require;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The most frequent bigrams of a count matrix: columns "bigram" (e.g. "n."), "count" and
 * "P(next | first)", the count divided by its row's total, i.e. the maximum likelihood estimate of
 * the probability that the second character follows the first. Rows are ordered by count,
 * largest first, ties by bigram; bigrams never seen are left out.
 *
 * <pre>{@code
 * BigramTable.top(counts, ".abcdefghijklmnopqrstuvwxyz".toCharArray(), 10)
 * }</pre>
 */
public final class BigramTable {

    private BigramTable() {}

    /**
     * The {@code n} most frequent bigrams.
     *
     * @throws IllegalArgumentException if n &lt; 1, the matrix is not square or does not match the
     *     symbols, or holds a negative count
     */
    public static Table top(long[][] counts, char[] symbols, int n) {
        Require.positive("n", n);
        Require.nonNull("symbols", symbols, "an array of symbols");
        Require.nonNull("counts", counts, "a matrix of counts");
        Require.sameLength("counts", counts.length, "symbols", symbols.length);
        record Entry(String bigram, long count, double probability) {}
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Require.nonNull("counts[" + i + "]", counts[i], "a row of counts");
            Require.sameLength("counts[" + i + "]", counts[i].length, "symbols", symbols.length);
            long rowTotal = 0;
            for (int j = 0; j < counts[i].length; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException(
                            "counts[" + i + "][" + j + "] = " + counts[i][j] + " must be >= 0");
                }
                rowTotal += counts[i][j];
            }
            for (int j = 0; j < counts[i].length; j++) {
                if (counts[i][j] > 0) {
                    entries.add(
                            new Entry("" + symbols[i] + symbols[j], counts[i][j], (double) counts[i][j] / rowTotal));
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::bigram));
        List<Entry> top = entries.subList(0, Math.min(n, entries.size()));
        Table table = Table.create("Most frequent bigrams");
        table.addColumns(
                StringColumn.create("bigram", top.stream().map(Entry::bigram)),
                LongColumn.create("count", top.stream().mapToLong(Entry::count)),
                FixedFormat.column(
                        "P(next | first)",
                        top.stream().mapToDouble(Entry::probability).toArray(),
                        4));
        return table;
    }
}
