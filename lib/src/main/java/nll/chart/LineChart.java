package nll.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import nll.validation.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of functions, data series and marked points: the plots of ln x and -ln x, a
 * likelihood curve with its maximum marked, a loss curve with a reference level.
 *
 * <pre>{@code
 * LineChart.titled("ln x and -ln x on (0, 1]").axes("x", "y")
 *     .function("ln x", Math::log, 0.001, 1)
 *     .function("-ln x", x -> -Math.log(x), 0.001, 1)
 *     .image()
 * }</pre>
 *
 * <p>A quantity swept over several powers of ten, such as a held-out loss against a smoothing weight, is drawn
 * over a logarithmic x axis with {@link #logX()}:
 *
 * <pre>{@code
 * LineChart.titled("Development NLL against alpha").logX().axes("alpha", "NLL")
 *     .series("dev NLL", alphas, nlls)
 *     .points("best alpha", new double[] {best}, new double[] {bestNll})
 *     .image()
 * }</pre>
 *
 * <p>A builder: each call adds to the chart and returns it; {@link #image()} draws it. Functions
 * are sampled at {@value #SAMPLES} evenly spaced points including both ends.
 */
public final class LineChart extends ChartBuilder<LineChart, LineChart.Layer> {

    /** The number of points at which a function is sampled. */
    public static final int SAMPLES = 500;

    private boolean logX;
    private boolean logY;
    private boolean legendBelow;
    private String yPattern;
    private double yLower = Double.NaN;
    private double yUpper = Double.NaN;

    private enum Kind {
        LINE,
        POINTS,
        HORIZONTAL,
        VERTICAL
    }

    /** One thing drawn; {@code colourOf} names the layer whose colour it shares, or is null. */
    // The arrays are the builder's own copies (checkedLayer), and layers are never compared or hashed.
    @SuppressWarnings("ArrayRecordComponent")
    record Layer(Kind kind, String name, double[] x, double[] y, String colourOf, boolean wide)
            implements ChartBuilder.Layer {

        Layer withColourOf(String other) {
            return new Layer(kind, name, x, y, other, wide);
        }

        Layer asWide() {
            return new Layer(kind, name, x, y, colourOf, true);
        }
    }

    private LineChart(String title) {
        super(title);
    }

    /** A new, empty chart with this title. */
    public static LineChart titled(String title) {
        return new LineChart(title);
    }

    @Override
    LineChart self() {
        return this;
    }

    /**
     * The loss curve of a training run: {@code losses[k]} against step k, titled
     * "Loss per step", axes "step" and "loss".
     *
     * @throws IllegalArgumentException for empty or non-finite losses
     */
    public static LineChart loss(double... losses) {
        return titled("Loss per step").axes("step", "loss").series("loss", losses);
    }

    /** Draws the y axis on a logarithmic scale (every y value must then be positive). */
    public LineChart logY() {
        requirePositive(false);
        this.logY = true;
        return this;
    }

    /**
     * Draws the x axis on a logarithmic scale spanning the data's x values, with the legend below the plot, where
     * it cannot hide a curve that rises to a top corner. Every x must then be positive, since 0 has no place on a
     * logarithmic axis; a value at {@code x = 0} can be drawn as a {@link #horizontalLine}.
     *
     * @throws IllegalArgumentException if a layer added already has an x that is not positive
     */
    public LineChart logX() {
        requirePositive(true);
        this.logX = true;
        this.legendBelow = true;
        return this;
    }

    /** Sets the tick label format of the y axis, a {@link java.text.DecimalFormat} pattern such as {@code "0.000"}. */
    public LineChart yDecimals(String pattern) {
        this.yPattern = Require.text("pattern", pattern);
        return this;
    }

    /**
     * Shows only {@code [lower, upper]} of the y axis, so that a shallow minimum is visible next to a steep rise;
     * the lines are cut at the edges of the plot.
     *
     * @throws IllegalArgumentException unless {@code lower < upper}, both finite
     */
    public LineChart yRange(double lower, double upper) {
        this.yLower = Require.increasing("lower", lower, "upper", upper);
        this.yUpper = upper;
        return this;
    }

    /**
     * Draws the legend below the plot, in one row, for a chart whose lines leave no corner of the
     * plot free.
     */
    public LineChart legendBelow() {
        this.legendBelow = true;
        return this;
    }

    /**
     * Adds {@code f} sampled on [from, to].
     *
     * @throws IllegalArgumentException if from >= to, or f is not finite at a sample point (e.g.
     *     ln x at 0: start the range just above 0)
     */
    public LineChart function(String name, DoubleUnaryOperator f, double from, double to) {
        Require.increasing("from", from, "to", to);
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = i == SAMPLES - 1 ? to : from + (to - from) * i / (SAMPLES - 1);
            y[i] = f.applyAsDouble(x[i]);
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(
                        name + "(" + x[i] + ") = " + y[i] + " is not finite; choose a range where it is");
            }
        }
        return add(Kind.LINE, name, x, y);
    }

    /**
     * Adds a line through the points (x[i], y[i]).
     *
     * @throws IllegalArgumentException for empty or non-finite values or mismatched lengths
     */
    public LineChart series(String name, double[] x, double[] y) {
        return add(Kind.LINE, name, x, y);
    }

    /** Adds a line through (k, y[k]) for k = 0..n-1, e.g. a value per training step. */
    public LineChart series(String name, double... y) {
        return add(Kind.LINE, name, indices(y == null ? 0 : y.length), y);
    }

    /** Adds markers, without a line, at the points (x[i], y[i]). */
    public LineChart points(String name, double[] x, double[] y) {
        return add(Kind.POINTS, name, x, y);
    }

    /** Adds a dashed horizontal line at height {@code y} across the chart, e.g. a reference loss. */
    public LineChart horizontalLine(String name, double y) {
        return add(Kind.HORIZONTAL, name, new double[] {0}, new double[] {Require.finite("y", y)});
    }

    /** Adds a dashed vertical line at {@code x}, e.g. the maximiser of a likelihood curve. */
    public LineChart verticalLine(String name, double x) {
        return add(Kind.VERTICAL, name, new double[] {Require.finite("x", x)}, new double[] {0});
    }

    /**
     * Draws the layer added last in the colour of the series named {@code seriesName}, e.g. a
     * reference line that belongs to that series; layers without it take the palette's colours in
     * the order they were added.
     *
     * @throws IllegalArgumentException if no layer was added before it under that name
     * @throws IllegalStateException if nothing has been added yet
     */
    public LineChart inColourOf(String seriesName) {
        Layer last = last("inColourOf");
        boolean known = layers.subList(0, layers.size() - 1).stream()
                .anyMatch(layer -> layer.name.equals(seriesName) && layer.colourOf == null);
        if (!known) {
            throw new IllegalArgumentException(
                    "seriesName = " + seriesName + " names no earlier series of this chart with its own colour");
        }
        layers.set(layers.size() - 1, last.withColourOf(seriesName));
        return this;
    }

    /**
     * Draws the line added last three times as wide, so that a line added later on the same
     * values, drawn on top of it, leaves it visible at both sides.
     *
     * @throws IllegalStateException if nothing has been added yet, or the last layer is points
     */
    public LineChart wide() {
        Layer last = last("wide");
        if (last.kind == Kind.POINTS) {
            throw new IllegalStateException("wide() applies to a line; the last layer, " + last.name + ", is points");
        }
        layers.set(layers.size() - 1, last.asWide());
        return this;
    }

    private Layer last(String method) {
        if (layers.isEmpty()) {
            throw new IllegalStateException(method + "() applies to the layer added last; nothing has been added");
        }
        return layers.get(layers.size() - 1);
    }

    /**
     * Draws the chart at 800x500.
     *
     * @throws IllegalStateException if nothing has been added
     */
    public BufferedImage image() {
        return ChartStyle.render(chart());
    }

    /** The XChart chart {@link #image()} draws, with its axes as the reader will see them. */
    XYChart chart() {
        if (layers.stream().noneMatch(layer -> layer.kind == Kind.LINE || layer.kind == Kind.POINTS)) {
            throw new IllegalStateException("chart '" + title + "' has no series: add a function, series or points");
        }
        XYChart chart = newChart();
        chart.getStyler().setYAxisLogarithmic(logY);
        if (legendBelow) {
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        }
        double[] xRange = range(true);
        double[] yRange = range(false);
        if (logX) {
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setXAxisDecimalPattern("0.#####");
            chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        } else {
            ChartStyle.roundAxes(chart, xRange[0], xRange[1], yRange[0], yRange[1]);
        }
        if (!Double.isNaN(yLower)) {
            chart.getStyler().setYAxisMin(yLower).setYAxisMax(yUpper);
        }
        if (yPattern != null) {
            chart.getStyler().setYAxisDecimalPattern(yPattern);
        }
        Map<String, Color> colours = new HashMap<>();
        for (Layer layer : layers) {
            if (layer.colourOf == null) {
                colours.put(layer.name, ChartStyle.color(colours.size()));
            }
        }
        for (Layer layer : layers) {
            double[] x = layer.x;
            double[] y = layer.y;
            if (layer.kind == Kind.HORIZONTAL) {
                x = new double[] {xRange[0], xRange[1]};
                y = new double[] {layer.y[0], layer.y[0]};
            } else if (layer.kind == Kind.VERTICAL) {
                x = new double[] {layer.x[0], layer.x[0]};
                y = new double[] {yRange[0], yRange[1]};
            }
            XYSeries series = chart.addSeries(layer.name, x, y);
            Color colour = colours.get(layer.colourOf == null ? layer.name : layer.colourOf);
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            if (layer.kind == Kind.POINTS) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.CIRCLE);
            } else {
                series.setMarker(SeriesMarkers.NONE);
                BasicStroke stroke = layer.kind == Kind.LINE ? ChartStyle.LINE : ChartStyle.DASHED;
                series.setLineStyle(layer.wide ? ChartStyle.widened(stroke) : stroke);
            }
        }
        return chart;
    }

    private LineChart add(Kind kind, String name, double[] x, double[] y) {
        double[][] points = checkedLayer(name, x, y);
        Layer layer = new Layer(kind, name, points[0], points[1], null, false);
        checkPositive(layer, true);
        checkPositive(layer, false);
        layers.add(layer);
        return this;
    }

    /** Requires the values of every layer so far to be positive along the axis about to become logarithmic. */
    private void requirePositive(boolean alongX) {
        for (Layer layer : layers) {
            checkPositive(layer, alongX, true);
        }
    }

    private void checkPositive(Layer layer, boolean alongX) {
        checkPositive(layer, alongX, alongX ? logX : logY);
    }

    /** A reference line has only one meaningful coordinate: a horizontal line's x and a vertical's y are ignored. */
    private static void checkPositive(Layer layer, boolean alongX, boolean logarithmic) {
        if (!logarithmic || layer.kind == (alongX ? Kind.HORIZONTAL : Kind.VERTICAL)) {
            return;
        }
        double[] values = alongX ? layer.x : layer.y;
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException(layer.name + (alongX ? " x[" : " y[") + i + "] = " + values[i]
                        + " must be > 0 on a logarithmic axis");
            }
        }
    }

    /** The extent of the data along one axis (over the series, not the reference lines). */
    private double[] range(boolean alongX) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Layer layer : layers) {
            boolean counts = layer.kind == Kind.LINE
                    || layer.kind == Kind.POINTS
                    || (alongX ? layer.kind == Kind.VERTICAL : layer.kind == Kind.HORIZONTAL);
            if (counts) {
                for (double v : alongX ? layer.x : layer.y) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return new double[] {min, max};
    }

    private static double[] indices(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }
}
