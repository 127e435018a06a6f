package nll.chart;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nll.validation.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart over a logarithmic x axis, for a quantity swept over several powers of ten, such as a held-out loss
 * against a smoothing or penalty weight, with points marked and horizontal reference levels.
 *
 * <pre>{@code
 * LogXChart.titled("Development NLL against alpha").axes("alpha", "NLL")
 *     .series("dev NLL", alphas, nlls)
 *     .points("best alpha", new double[] {best}, new double[] {bestNll})
 *     .image()
 * }</pre>
 *
 * <p>A builder: each call adds to the chart and returns it; {@link #image()} draws it at 800x500. Every x must be
 * positive, since 0 has no place on a logarithmic axis; a value at {@code x = 0} can be drawn as a
 * {@link #horizontalLine}.
 */
public final class LogXChart {

    private final String title;
    private String xLabel = "x";
    private String yLabel = "y";
    private String yPattern;
    private double yLower = Double.NaN;
    private double yUpper = Double.NaN;
    private final List<Layer> layers = new ArrayList<>();

    private enum Kind { LINE, POINTS, HORIZONTAL }

    private record Layer(Kind kind, String name, double[] x, double[] y) {
    }

    private LogXChart(String title) {
        this.title = title;
    }

    /** A new, empty chart with this title. */
    public static LogXChart titled(String title) {
        return new LogXChart(Require.text("title", title));
    }

    /** Sets the axis titles. */
    public LogXChart axes(String xLabel, String yLabel) {
        this.xLabel = Require.text("xLabel", xLabel);
        this.yLabel = Require.text("yLabel", yLabel);
        return this;
    }

    /** Sets the tick label format of the y axis, a {@link java.text.DecimalFormat} pattern such as {@code "0.000"}. */
    public LogXChart yDecimals(String pattern) {
        this.yPattern = Require.text("pattern", pattern);
        return this;
    }

    /**
     * Shows only {@code [lower, upper]} of the y axis, so that a shallow minimum is visible next to a steep rise;
     * the lines are cut at the edges of the plot.
     *
     * @throws IllegalArgumentException unless {@code lower < upper}, both finite
     */
    public LogXChart yRange(double lower, double upper) {
        Require.finite("lower", lower);
        Require.finite("upper", upper);
        Require.increasing("lower", lower, "upper", upper);
        this.yLower = lower;
        this.yUpper = upper;
        return this;
    }

    /**
     * Adds a line through the points (x[i], y[i]).
     *
     * @throws IllegalArgumentException for empty or non-finite values, an x that is not positive, or mismatched
     *     lengths
     */
    public LogXChart series(String name, double[] x, double[] y) {
        return add(Kind.LINE, name, x, y);
    }

    /** Adds markers, without a line, at the points (x[i], y[i]). */
    public LogXChart points(String name, double[] x, double[] y) {
        return add(Kind.POINTS, name, x, y);
    }

    /** Adds a dashed horizontal line at height {@code y} across the chart, e.g. the value at {@code x = 0}. */
    public LogXChart horizontalLine(String name, double y) {
        return add(Kind.HORIZONTAL, name, new double[] {1}, new double[] {Require.finite("y", y)});
    }

    /**
     * Draws the chart at 800x500, the x axis spanning the data's x values.
     *
     * @throws IllegalStateException if no series or points have been added
     */
    public BufferedImage image() {
        if (layers.stream().noneMatch(layer -> layer.kind != Kind.HORIZONTAL)) {
            throw new IllegalStateException("chart '" + title + "' has no series: add a series or points");
        }
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0.#####");
        // below the plot, where it cannot hide a curve that rises to the top corner
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        if (!Double.isNaN(yLower)) {
            chart.getStyler().setYAxisMin(yLower).setYAxisMax(yUpper);
        }
        if (yPattern != null) {
            chart.getStyler().setYAxisDecimalPattern(yPattern);
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (Layer layer : layers) {
            if (layer.kind != Kind.HORIZONTAL) {
                for (double v : layer.x) {
                    xMin = Math.min(xMin, v);
                    xMax = Math.max(xMax, v);
                }
            }
        }
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax);
        int colour = 0;
        for (Layer layer : layers) {
            double[] x = layer.kind == Kind.HORIZONTAL ? new double[] {xMin, xMax} : layer.x;
            double[] y = layer.kind == Kind.HORIZONTAL ? new double[] {layer.y[0], layer.y[0]} : layer.y;
            XYSeries series = chart.addSeries(layer.name, x, y);
            series.setLineColor(ChartStyle.color(colour));
            series.setMarkerColor(ChartStyle.color(colour));
            colour++;
            if (layer.kind == Kind.POINTS) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.CIRCLE);
            } else {
                series.setMarker(SeriesMarkers.NONE);
                series.setLineStyle(layer.kind == Kind.LINE ? ChartStyle.LINE : ChartStyle.DASHED);
            }
        }
        return ChartStyle.render(chart);
    }

    private LogXChart add(Kind kind, String name, double[] x, double[] y) {
        Require.text("name", name);
        if (layers.stream().anyMatch(layer -> layer.name.equals(name))) {
            throw new IllegalArgumentException("name = " + name + " is already used by another series of this chart");
        }
        Require.finiteValues(name + " y", y);
        Require.finiteValues(name + " x", x);
        Require.sameLength(name + " x", x.length, name + " y", y.length);
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0)) {
                throw new IllegalArgumentException(name + " x[" + i + "] = " + x[i]
                        + " must be > 0 on a logarithmic axis");
            }
        }
        layers.add(new Layer(kind, name, x.clone(), y.clone()));
        return this;
    }
}
