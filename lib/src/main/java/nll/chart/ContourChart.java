package nll.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import nll.format.DecimalText;
import nll.validation.Require;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Contour lines of a function of two parameters, such as a log-likelihood over (mu, sigma), with
 * an optimiser's path and marked points drawn on top.
 *
 * <pre>{@code
 * ContourChart.titled("Log-likelihood over (mu, sigma)").axes("mu", "sigma")
 *     .function((mu, sigma) -> Likelihood.of(Normal.of(mu, sigma), data).logLikelihood(), 46, 58, 1.5, 8)
 *     .path("gradient ascent", path.parameter("mu"), path.parameter("sigma"))
 *     .image()
 * }</pre>
 *
 * <p>The function is evaluated on a {@value #GRID}x{@value #GRID} grid and each contour is traced
 * by marching squares (linear interpolation along the edges of every grid cell). Each contour lies a
 * fixed drop below the grid maximum M, f = M - drop, and is named by that drop; unless
 * {@link #drops(double...)} is given, the drops are 0.5, 1, 2 and 4. For a log-likelihood the
 * contour M - d joins the parameters whose likelihood is e^-d times the best one on the grid. A
 * builder: each call adds to the chart and returns it; {@link #image()} draws it at 800x500.
 */
public final class ContourChart extends ChartBuilder<ContourChart, ContourChart.Overlay> {

    /** The number of grid points along each axis. */
    public static final int GRID = 161;

    private static final double[] DEFAULT_DROPS = {0.5, 1, 2, 4};

    /**
     * One colour per contour, from the innermost ring outwards: distinct hues that stay readable as
     * thin lines on white and differ from the path (vermillion) and the points (black).
     */
    static final Color[] CONTOUR_COLOURS = {
        new Color(0, 114, 178),
        new Color(0, 158, 115),
        new Color(204, 121, 167),
        new Color(150, 110, 20),
        new Color(86, 180, 233),
        new Color(120, 120, 120)
    };

    /** Marked points are black and told apart by their shape, in the order they are added. */
    private static final Marker[] POINT_MARKERS = {
        SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.CIRCLE
    };

    private static final BasicStroke CONTOUR_LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** The share of the plot's width and height along each edge where no contour label is placed. */
    private static final double LABEL_MARGIN = 0.08;

    private double[] xs;
    private double[] ys;
    private double[][] values;
    private double[] drops = DEFAULT_DROPS;

    /** A path (an optimiser's iterates, its start marked) or a single marked point, drawn over the contours. */
    // The arrays are the builder's own copies (checkedLayer), and overlays are never compared or hashed.
    @SuppressWarnings("ArrayRecordComponent")
    record Overlay(String name, double[] x, double[] y, boolean isPath) implements ChartBuilder.Layer {}

    private ContourChart(String title) {
        super(title);
    }

    /** A new chart with this title; {@link #axes} names the two parameters. */
    public static ContourChart titled(String title) {
        return new ContourChart(title);
    }

    @Override
    ContourChart self() {
        return this;
    }

    /**
     * Evaluates {@code f(x, y)} on the grid over [xFrom, xTo] x [yFrom, yTo].
     *
     * @throws IllegalArgumentException for an empty range or a non-finite value of f on the grid
     */
    public ContourChart function(DoubleBinaryOperator f, double xFrom, double xTo, double yFrom, double yTo) {
        Require.increasing("xFrom", xFrom, "xTo", xTo);
        Require.increasing("yFrom", yFrom, "yTo", yTo);
        xs = grid(xFrom, xTo);
        ys = grid(yFrom, yTo);
        values = new double[GRID][GRID];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                values[i][j] = f.applyAsDouble(xs[i], ys[j]);
                if (!Double.isFinite(values[i][j])) {
                    throw new IllegalArgumentException("f(" + xs[i] + ", " + ys[j] + ") = " + values[i][j]
                            + " is not finite; choose a range where it is");
                }
            }
        }
        return this;
    }

    /**
     * Draws the contours at these drops below the grid maximum instead of 0.5, 1, 2 and 4.
     *
     * @throws IllegalArgumentException for no drops or a drop that is not positive and finite
     */
    public ContourChart drops(double... drops) {
        Require.finiteValues("drops", drops);
        for (int d = 0; d < drops.length; d++) {
            Require.positive("drops[" + d + "]", drops[d]);
        }
        double[] sorted = drops.clone();
        Arrays.sort(sorted);
        this.drops = sorted;
        return this;
    }

    /**
     * Draws a path through (x[k], y[k]), e.g. an optimiser's iterates, with its start and end marked.
     *
     * @throws IllegalArgumentException for empty or non-finite values or mismatched lengths
     */
    public ContourChart path(String name, double[] x, double[] y) {
        return overlay(name, x, y, true);
    }

    /** Marks one point, e.g. the closed-form maximiser; each further point gets its own marker shape. */
    public ContourChart point(String name, double x, double y) {
        return overlay(name, new double[] {x}, new double[] {y}, false);
    }

    /**
     * Draws the chart.
     *
     * @throws IllegalStateException if no function has been given
     */
    public BufferedImage image() {
        if (values == null) {
            throw new IllegalStateException("chart '" + title + "' has no function: call function(...) first");
        }
        XYChart chart = newChart();
        // the contours are labelled on the chart; the legend names only the path and the points
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideN);
        chart.getStyler().setXAxisMin(xs[0]).setXAxisMax(xs[GRID - 1]);
        chart.getStyler().setYAxisMin(ys[0]).setYAxisMax(ys[GRID - 1]);
        double max = Arrays.stream(values).flatMapToDouble(Arrays::stream).max().getAsDouble();
        for (int d = 0; d < drops.length; d++) {
            double[][] segments = MarchingSquares.trace(xs, ys, values, max - drops[d]);
            if (segments[0].length == 0) {
                continue;
            }
            String name = "max - " + DecimalText.shortest(drops[d]);
            XYSeries contour = chart.addSeries(name, segments[0], segments[1]);
            contour.setMarker(SeriesMarkers.NONE);
            contour.setLineColor(CONTOUR_COLOURS[d % CONTOUR_COLOURS.length]);
            contour.setLineStyle(CONTOUR_LINE);
            contour.setShowInLegend(false);
            double[] at = labelPoint(segments);
            if (at != null) {
                chart.addAnnotation(new AnnotationTextPanel(name, at[0], at[1], false));
            }
        }
        chart.getStyler().setAnnotationTextPanelBackgroundColor(Color.WHITE);
        chart.getStyler().setAnnotationTextPanelBorderColor(Color.WHITE);
        chart.getStyler().setAnnotationTextPanelPadding(2);
        chart.getStyler().setAnnotationTextPanelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int pointsDrawn = 0;
        for (Overlay overlay : layers) {
            XYSeries series = chart.addSeries(overlay.name(), overlay.x(), overlay.y());
            Color colour = overlay.isPath() ? ChartStyle.color(1) : ChartStyle.color(6);
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            if (overlay.isPath()) {
                series.setLineStyle(ChartStyle.LINE);
                series.setMarker(SeriesMarkers.NONE);
                XYSeries start = chart.addSeries(
                        overlay.name() + ": start", new double[] {overlay.x()[0]}, new double[] {overlay.y()[0]});
                start.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                start.setMarker(SeriesMarkers.CIRCLE);
                start.setMarkerColor(colour);
                start.setShowInLegend(false);
            } else {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(POINT_MARKERS[pointsDrawn++ % POINT_MARKERS.length]);
            }
        }
        chart.getStyler().setMarkerSize(7);
        return ChartStyle.render(chart);
    }

    /**
     * Where a contour's label goes: its point furthest up and to the right of the maximum, in units
     * of the plot's width and height, among those away from the plot's edges; labels of nested
     * rings then fall on a diagonal, apart. Null if no point of the contour is away from the edges.
     */
    private double[] labelPoint(double[][] segments) {
        double width = xs[GRID - 1] - xs[0];
        double height = ys[GRID - 1] - ys[0];
        int[] top = argmax();
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < segments[0].length; k++) {
            double x = segments[0][k];
            double y = segments[1][k];
            boolean inside = x > xs[0] + LABEL_MARGIN * width
                    && x < xs[GRID - 1] - LABEL_MARGIN * width
                    && y > ys[0] + LABEL_MARGIN * height
                    && y < ys[GRID - 1] - LABEL_MARGIN * height;
            double score = (x - xs[top[0]]) / width + (y - ys[top[1]]) / height;
            if (inside && score > bestScore) {
                bestScore = score;
                best = new double[] {x, y};
            }
        }
        return best;
    }

    private int[] argmax() {
        int[] best = {0, 0};
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                if (values[i][j] > values[best[0]][best[1]]) {
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    private ContourChart overlay(String name, double[] x, double[] y, boolean isPath) {
        double[][] points = checkedLayer(name, x, y);
        layers.add(new Overlay(name, points[0], points[1], isPath));
        return this;
    }

    private static double[] grid(double from, double to) {
        double[] grid = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            grid[i] = i == GRID - 1 ? to : from + (to - from) * i / (GRID - 1);
        }
        return grid;
    }
}
