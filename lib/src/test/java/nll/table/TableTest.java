package nll.table;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nll.distribution.Normal;
import nll.mle.GradientPath;
import nll.mle.MeanGradientDescent;
import nll.mle.NormalGradientAscent;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TableTest {

    private static final double[] DATA = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};

    @Test
    void likelihoodTablePrintsFixedDecimals() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // must not turn '.' into ','
            Table table = LikelihoodTable.of(DATA, Normal.of(50, 5), Normal.of(45, 8));
            // values: python, '%.6f' % (math.exp(-(x-m)**2/(2*s*s))/(s*math.sqrt(2*math.pi)))
            // for (m, s) = (50, 5) and (45, 8); they round to the post's 4-decimal lists
            String expected = """
                        Likelihood of each data point   \s
                        x     |  N(50, 5)  |  N(45, 8)  |
                    -------------------------------------
                     48.8292  |  0.077631  |  0.044470  |
                     49.3087  |  0.079029  |  0.043135  |
                     52.4836  |  0.070528  |  0.032196  |
                     53.2384  |  0.064692  |  0.029345  |
                     57.6151  |  0.025018  |  0.014384  |\
                    """;
            assertEquals(expected, table.print().stripTrailing());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void historyTableSamplesEveryKthIterationAndTheLast() {
        GradientPath path = NormalGradientAscent.of(DATA).run(50, 5, 0.1, 103);
        Table table = HistoryTable.of(path, 25);
        assertEquals(List.of("iteration", "mu", "sigma", "log-likelihood"), table.columnNames());
        assertEquals(
                List.of(0, 25, 50, 75, 100, 103), table.intColumn("iteration").asList());
        // iteration 0 is the start N(50, 5), whose log-likelihood is -14.171760625393864 (torch)
        assertEquals("50.000000", table.column("mu").getString(0));
        assertEquals("5.000000", table.column("sigma").getString(0));
        assertEquals("-14.171761", table.column("log-likelihood").getString(0));
        assertEquals(path.last("mu"), table.doubleColumn("mu").get(5), 0);

        Table descent =
                HistoryTable.of(MeanGradientDescent.of(DATA, 3.1672952139009705).run(45, 0.5, 80), 80);
        assertEquals(List.of("iteration", "mu", "NLL"), descent.columnNames());
        // the distance to the mean shrinks by 1 - 0.5 * 5 / 10.03 = 0.75 a step: 0.75^80 * 7.3 < 1e-9,
        // so the last row shows the sample mean 52.295 (closed form)
        assertEquals("52.295000", descent.column("mu").getString(1));
    }

    @Test
    void lossHistory() {
        Table table = HistoryTable.ofLosses(new double[] {3.5, 3.0, 2.75, 2.6, 2.5}, 2);
        String expected = """
                  Training history  \s
                 step  |    loss    |
                ---------------------
                    0  |  3.500000  |
                    2  |  2.750000  |
                    4  |  2.500000  |\
                """;
        assertEquals(expected, table.print().stripTrailing());
    }

    @Test
    void topBigramsByCountThenName() {
        // counts by hand: row '.' = {0, 5, 2}, row 'a' = {7, 1, 0}, row 'b' = {3, 3, 0};
        // P(next | first) = count / row total: 7/8 = 0.875, 5/7 = 0.7143, 3/6 = 0.5
        long[][] counts = {{0, 5, 2}, {7, 1, 0}, {3, 3, 0}};
        Table table = BigramTable.top(counts, ".ab".toCharArray(), 4);
        assertEquals(
                List.of("a.", ".a", "b.", "ba"), table.stringColumn("bigram").asList());
        assertEquals(List.of(7L, 5L, 3L, 3L), table.longColumn("count").asList());
        assertEquals("0.8750", table.column("P(next | first)").getString(0));
        assertEquals("0.7143", table.column("P(next | first)").getString(1));
        // asking for more rows than there are seen bigrams gives the 6 seen ones
        assertEquals(6, BigramTable.top(counts, ".ab".toCharArray(), 100).rowCount());
    }

    @Test
    void badInput() {
        assertMessage("data is empty", () -> LikelihoodTable.of(new double[0], Normal.of(0, 1)));
        assertMessage(
                "data[0] = Infinity must be finite",
                () -> LikelihoodTable.of(new double[] {Double.POSITIVE_INFINITY}, Normal.of(0, 1)));
        assertMessage("models is empty", () -> LikelihoodTable.of(DATA));
        assertMessage("models holds N(0, 1) twice", () -> LikelihoodTable.of(DATA, Normal.of(0, 1), Normal.of(0, 1)));
        assertMessage("every = 0 must be > 0", () -> HistoryTable.ofLosses(new double[] {1}, 0));
        assertMessage("losses[1] = NaN must be finite", () -> HistoryTable.ofLosses(new double[] {1, Double.NaN}, 1));
        assertMessage("path = null", () -> HistoryTable.of(null, 1));
        assertMessage("n = 0 must be > 0", () -> BigramTable.top(new long[1][1], ".".toCharArray(), 0));
        assertMessage(
                "counts.length = 2 must equal symbols.length = 1",
                () -> BigramTable.top(new long[2][2], ".".toCharArray(), 1));
        assertMessage(
                "counts[0][0] = -1 must be >= 0", () -> BigramTable.top(new long[][] {{-1}}, ".".toCharArray(), 1));
    }
}
