package nll.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nll.validation.Require;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The heat map of a bigram count matrix: row = first character, column = next character, each
 * cell coloured by its count and labelled with the bigram (e.g. "ab") above its count, as in the
 * count matrix figure of the makemore lectures. Cells with count 0, the pairs a model of raw frequencies calls
 * impossible, are filled orange.
 *
 * <pre>{@code
 * BigramHeatMap.of(counts, ".abcdefghijklmnopqrstuvwxyz".toCharArray())
 * }</pre>
 *
 * <p>The image is square, {@code 46 n + 160} pixels wide (1402 for 27 symbols), so that every
 * label stays legible; a notebook scales it to its width.
 */
public final class BigramHeatMap {

    private static final Color LIGHT = new Color(247, 251, 255);
    private static final Color DARK = new Color(8, 69, 148);
    private static final Color NEVER_SEEN = new Color(253, 174, 97);
    private static final Color NEVER_SEEN_TEXT = new Color(127, 39, 4);
    /** Large enough to read when the 1402-pixel image is scaled down to a notebook's width. */
    private static final int FONT_SIZE = 17;

    private BigramHeatMap() {}

    /**
     * The heat map of {@code counts[i][j]}, the number of times symbol j follows symbol i.
     *
     * @param counts a square matrix of non-negative counts
     * @param symbols the symbol of each row and column, e.g. {@code ".abcdefghijklmnopqrstuvwxyz"}
     * @throws IllegalArgumentException if the matrix is not square, does not match the symbols, or
     *     holds a negative count
     */
    public static BufferedImage of(long[][] counts, char[] symbols) {
        Require.nonNull("symbols", symbols, "an array of symbols");
        if (symbols.length == 0) {
            throw new IllegalArgumentException("symbols is empty; one symbol per row and column is required");
        }
        Require.nonNull("counts", counts, "a matrix of counts");
        Require.sameLength("counts", counts.length, "symbols", symbols.length);
        int n = symbols.length;
        List<Integer> axis = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            axis.add(k);
        }
        List<Number[]> cells = new ArrayList<>();
        long max = 0;
        for (int i = 0; i < n; i++) {
            Require.nonNull("counts[" + i + "]", counts[i], "a row of counts");
            Require.sameLength("counts[" + i + "]", counts[i].length, "symbols", n);
            for (int j = 0; j < n; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException(
                            "counts[" + i + "][" + j + "] = " + counts[i][j] + " must be >= 0");
                }
                max = Math.max(max, counts[i][j]);
                // x = column (next symbol), y = row counted from the bottom, so row 0 is drawn at the top
                cells.add(new Number[] {j, n - 1 - i, counts[i][j]});
            }
        }
        int size = 46 * n + 160;
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(size)
                .height(size)
                .title("Bigram counts: row = first character, column = next character; orange: count 0")
                .xAxisTitle("next character")
                .yAxisTitle("first character")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setPlotContentSize(1.0);
        // every cell names its own bigram, so numeric ticks along the axes would only mislead
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setRangeColors(new Color[] {LIGHT, DARK});
        chart.getStyler().setMin(0).setMax((double) Math.max(1, max));
        chart.addSeries("counts", axis, axis, cells);
        chart.addAnnotation(new CellLabels(counts, symbols, Math.max(1, max)));
        return ChartStyle.render(chart);
    }

    /**
     * Fills the cells of count 0 and writes the bigram and its count in every cell, dark on light cells and white on
     * dark ones.
     * XChart maps the axis values 0 and n - 1 onto the edges of the plot, and cell k spans
     * [k, k + 1] / n of it.
     */
    private static final class CellLabels extends Annotation {

        private final long[][] counts;
        private final char[] symbols;
        private final long max;

        CellLabels(long[][] counts, char[] symbols, long max) {
            super(false);
            this.counts = counts;
            this.symbols = symbols;
            this.max = max;
        }

        @Override
        public void paint(Graphics2D g) {
            int n = symbols.length;
            double left = getXAxisScreenValue(0);
            double width = (getXAxisScreenValue(n - 1) - left) / n;
            double top = getYAxisScreenValue(n - 1);
            double height = (getYAxisScreenValue(0) - top) / n;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, FONT_SIZE));
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double centreX = left + (j + 0.5) * width;
                    double centreY = top + (i + 0.5) * height;
                    if (counts[i][j] == 0) {
                        g.setColor(NEVER_SEEN);
                        g.fill(new Rectangle2D.Double(left + j * width, top + i * height, width, height));
                        g.setColor(NEVER_SEEN_TEXT);
                    } else {
                        g.setColor(counts[i][j] > 0.45 * max ? Color.WHITE : new Color(50, 50, 50));
                    }
                    centred(g, metrics, "" + symbols[i] + symbols[j], centreX, centreY - 0.22 * height);
                    centred(g, metrics, Long.toString(counts[i][j]), centreX, centreY + 0.22 * height);
                }
            }
            bounds = new Rectangle2D.Double(left, top, n * width, n * height);
        }

        private static void centred(Graphics2D g, FontMetrics metrics, String text, double x, double y) {
            float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
            g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), baseline);
        }
    }
}
