package nll.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import nll.format.DecimalText;
import nll.validation.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
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
 * by marching squares (linear interpolation along the edges of every grid cell). Unless
 * {@link #levels(double...)} is given, the levels are the grid maximum minus 0.5, 1, 2, 4, 8, 16,
 * 32 and 64: for a log-likelihood these are the parameters whose likelihood is e^-0.5, e^-1, ...
 * times the best one on the grid, so the rings tighten evenly towards the maximum. A builder:
 * each call adds to the chart and returns it; {@link #image()} draws it at 800x500.
 */
public final class ContourChart {

    /** The number of grid points along each axis. */
    public static final int GRID = 161;

    private static final double[] DEFAULT_DROPS = {64, 32, 16, 8, 4, 2, 1, 0.5};

    private final String title;
    private String xLabel = "x";
    private String yLabel = "y";
    private double[] xs;
    private double[] ys;
    private double[][] values;
    private double[] levels;
    private final List<String> overlayNames = new ArrayList<>();
    private final List<double[][]> overlays = new ArrayList<>();
    private final List<Boolean> overlayIsPath = new ArrayList<>();

    private ContourChart(String title) {
        this.title = title;
    }

    /** A new chart with this title. */
    public static ContourChart titled(String title) {
        return new ContourChart(LineChart.requireText("title", title));
    }

    /** Sets the axis titles (the names of the two parameters). */
    public ContourChart axes(String xLabel, String yLabel) {
        this.xLabel = LineChart.requireText("xLabel", xLabel);
        this.yLabel = LineChart.requireText("yLabel", yLabel);
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
     * Draws the contours at these levels instead of the default ones.
     *
     * @throws IllegalArgumentException for no levels or a non-finite level
     */
    public ContourChart levels(double... levels) {
        double[] sorted = Require.finiteValues("levels", levels).clone();
        Arrays.sort(sorted);
        this.levels = sorted;
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

    /** Marks one point, e.g. the closed-form maximiser. */
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
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisMin(xs[0]).setXAxisMax(xs[GRID - 1]);
        chart.getStyler().setYAxisMin(ys[0]).setYAxisMax(ys[GRID - 1]);
        double[] drawn = levels != null ? levels : defaultLevels();
        for (int l = 0; l < drawn.length; l++) {
            double[][] segments = MarchingSquares.trace(xs, ys, values, drawn[l]);
            if (segments[0].length == 0) {
                continue;
            }
            XYSeries contour = chart.addSeries("contour " + DecimalText.fixed(drawn[l], 2), segments[0], segments[1]);
            contour.setMarker(SeriesMarkers.NONE);
            contour.setLineColor(levelColour(l, drawn.length));
            contour.setLineStyle(new BasicStroke(1.6f));
        }
        for (int o = 0; o < overlays.size(); o++) {
            double[][] points = overlays.get(o);
            XYSeries series = chart.addSeries(overlayNames.get(o), points[0], points[1]);
            Color colour = overlayIsPath.get(o) ? ChartStyle.color(1) : ChartStyle.color(6);
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            if (overlayIsPath.get(o)) {
                series.setLineStyle(ChartStyle.LINE);
                series.setMarker(SeriesMarkers.NONE);
                XYSeries start = chart.addSeries(overlayNames.get(o) + ": start",
                        new double[] {points[0][0]}, new double[] {points[1][0]});
                start.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                start.setMarker(SeriesMarkers.CIRCLE);
                start.setMarkerColor(colour);
            } else {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.DIAMOND);
            }
        }
        chart.getStyler().setMarkerSize(7);
        return ChartStyle.render(chart);
    }

    private ContourChart overlay(String name, double[] x, double[] y, boolean isPath) {
        LineChart.requireText("name", name);
        Require.finiteValues(name + " x", x);
        Require.finiteValues(name + " y", y);
        Require.sameLength(name + " x", x.length, name + " y", y.length);
        overlayNames.add(name);
        overlays.add(new double[][] {x.clone(), y.clone()});
        overlayIsPath.add(isPath);
        return this;
    }

    private double[] defaultLevels() {
        double max = Arrays.stream(values).flatMapToDouble(Arrays::stream).max().getAsDouble();
        double min = Arrays.stream(values).flatMapToDouble(Arrays::stream).min().getAsDouble();
        return Arrays.stream(DEFAULT_DROPS).map(drop -> max - drop).filter(level -> level > min).toArray();
    }

    /** From light (the lowest level) to dark blue (the highest). */
    private static Color levelColour(int index, int count) {
        double t = count == 1 ? 1 : (double) index / (count - 1);
        return new Color((int) Math.round(170 - 162 * t), (int) Math.round(205 - 157 * t), (int) Math.round(235 - 128 * t));
    }

    private static double[] grid(double from, double to) {
        double[] grid = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            grid[i] = i == GRID - 1 ? to : from + (to - from) * i / (GRID - 1);
        }
        return grid;
    }
}
