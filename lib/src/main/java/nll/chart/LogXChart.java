package nll.chart;

import java.awt.image.BufferedImage;

/**
 * A line chart over a logarithmic x axis: {@link LineChart} with {@link LineChart#logX()}, under the name notebook 08
 * first used. New code writes {@code LineChart.titled(...).logX()}; this class only forwards to it.
 *
 * <pre>{@code
 * LogXChart.titled("Development NLL against alpha").axes("alpha", "NLL")
 *     .series("dev NLL", alphas, nlls)
 *     .points("best alpha", new double[] {best}, new double[] {bestNll})
 *     .image()
 * }</pre>
 */
public final class LogXChart {

    private final LineChart chart;

    private LogXChart(LineChart chart) {
        this.chart = chart;
    }

    /** A new, empty chart with this title. */
    public static LogXChart titled(String title) {
        return new LogXChart(LineChart.titled(title).logX());
    }

    /** See {@link LineChart#axes}. */
    public LogXChart axes(String xLabel, String yLabel) {
        chart.axes(xLabel, yLabel);
        return this;
    }

    /** See {@link LineChart#yDecimals}. */
    public LogXChart yDecimals(String pattern) {
        chart.yDecimals(pattern);
        return this;
    }

    /** See {@link LineChart#yRange}. */
    public LogXChart yRange(double lower, double upper) {
        chart.yRange(lower, upper);
        return this;
    }

    /** See {@link LineChart#series(String, double[], double[])}; every x must be positive. */
    public LogXChart series(String name, double[] x, double[] y) {
        chart.series(name, x, y);
        return this;
    }

    /** See {@link LineChart#points}; every x must be positive. */
    public LogXChart points(String name, double[] x, double[] y) {
        chart.points(name, x, y);
        return this;
    }

    /** See {@link LineChart#horizontalLine}, e.g. the value at {@code x = 0}. */
    public LogXChart horizontalLine(String name, double y) {
        chart.horizontalLine(name, y);
        return this;
    }

    /** See {@link LineChart#image}. */
    public BufferedImage image() {
        return chart.image();
    }
}
