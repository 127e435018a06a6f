package nll.chart;

import java.awt.image.BufferedImage;
import nll.distribution.Normal;
import nll.format.DecimalText;
import nll.validation.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of normal densities: probability as an area under one density, and likelihood as the
 * heights of several densities at fixed data points.
 */
public final class DensityChart {

    private static final int SAMPLES = 400;

    private DensityChart() {}

    /**
     * The density of {@code normal} over mu &plusmn; 4 sigma with the area over [a, b] shaded and
     * its probability in the legend, e.g. {@code DensityChart.shadedInterval(Normal.of(50, 2.5), 50, 52.5)}.
     *
     * @throws IllegalArgumentException if a or b is not finite or a >= b
     */
    public static BufferedImage shadedInterval(Normal normal, double a, double b) {
        return ShadedInterval.draw(normal, a, b, Double.NaN);
    }

    /**
     * As {@link #shadedInterval(Normal, double, double)}, with a dashed horizontal line at height
     * {@code level}, e.g. 1 to show a density rising above it.
     *
     * @throws IllegalArgumentException if a, b or level is not finite or a >= b
     */
    public static BufferedImage shadedInterval(Normal normal, double a, double b, double level) {
        return ShadedInterval.draw(normal, a, b, Require.finite("level", level));
    }

    private static final class ShadedInterval {

        /** {@code level} NaN: no level line. */
        static BufferedImage draw(Normal normal, double a, double b, double level) {
            requireModel(normal);
            Require.increasing("a", a, "b", b);
            double from = Math.min(a, normal.mu() - 4 * normal.sigma());
            double to = Math.max(b, normal.mu() + 4 * normal.sigma());
            XYChart chart = chart(normal + ": probability is an area under the density");
            double top = Double.isNaN(level) ? normal.pdf(normal.mu()) : Math.max(level, normal.pdf(normal.mu()));
            ChartStyle.roundAxes(chart, from, to, 0, top);
            double[][] area = sample(normal, a, b);
            XYSeries shaded = chart.addSeries(
                    "P(" + DecimalText.shortest(a) + " ≤ X ≤ " + DecimalText.shortest(b) + ") = "
                            + DecimalText.fixed(normal.probability(a, b), 4),
                    area[0],
                    area[1]);
            shaded.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            shaded.setFillColor(ChartStyle.SHADE);
            shaded.setLineColor(ChartStyle.SHADE);
            shaded.setMarker(SeriesMarkers.NONE);
            double[][] curve = sample(normal, from, to);
            XYSeries density = chart.addSeries("density of " + normal, curve[0], curve[1]);
            density.setLineColor(ChartStyle.color(0));
            density.setLineStyle(ChartStyle.LINE);
            density.setMarker(SeriesMarkers.NONE);
            if (!Double.isNaN(level)) {
                XYSeries line = chart.addSeries(
                        "y = " + DecimalText.shortest(level),
                        new double[] {
                            chart.getStyler().getXAxisMin(), chart.getStyler().getXAxisMax()
                        },
                        new double[] {level, level});
                line.setLineColor(ChartStyle.color(1));
                line.setLineStyle(ChartStyle.DASHED);
                line.setMarker(SeriesMarkers.NONE);
            }
            return ChartStyle.render(chart);
        }
    }

    /**
     * The densities of {@code models} with the data marked: each point on the x axis, and on each
     * curve at the point's likelihood pdf(x_i) under that model, in the curve's colour. The legend
     * names each model by its parameters, e.g. "N(50, 5)", once.
     *
     * @throws IllegalArgumentException for empty or non-finite data or no models
     */
    public static BufferedImage withData(double[] data, Normal... models) {
        return withData(data, new String[models == null ? 0 : models.length], models);
    }

    /**
     * As {@link #withData(double[], Normal...)}, with the legend naming model m as
     * "names[m] = N(mu, sigma)", e.g. {@code withData(data, new String[] {"A", "B"}, a, b)}; a null
     * name leaves the parameters alone.
     *
     * @throws IllegalArgumentException for empty or non-finite data, no models, or a names array
     *     whose length differs from the number of models
     */
    public static BufferedImage withData(double[] data, String[] names, Normal... models) {
        Require.finiteValues("data", data);
        Require.nonEmpty("models", models, "distribution");
        Require.nonNull("names", names, "an array of one name (or null) per model");
        Require.sameLength("names", names.length, "models", models.length);
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (Normal model : models) {
            requireModel(model);
            from = Math.min(from, model.mu() - 3.5 * model.sigma());
            to = Math.max(to, model.mu() + 3.5 * model.sigma());
        }
        for (double x : data) {
            from = Math.min(from, x);
            to = Math.max(to, x);
        }
        XYChart chart = chart("Likelihood: the heights of each density at the data");
        double top = 0;
        for (Normal model : models) {
            top = Math.max(top, model.pdf(model.mu()));
        }
        ChartStyle.roundAxes(chart, from, to, 0, top);
        for (int m = 0; m < models.length; m++) {
            String name = names[m] == null ? models[m].toString() : names[m] + " = " + models[m];
            double[][] curve = sample(models[m], from, to);
            XYSeries density = chart.addSeries(name, curve[0], curve[1]);
            density.setLineColor(ChartStyle.color(m));
            density.setLineStyle(ChartStyle.LINE);
            density.setMarker(SeriesMarkers.NONE);
            double[] heights = new double[data.length];
            for (int i = 0; i < data.length; i++) {
                heights[i] = models[m].pdf(data[i]);
            }
            // the dots take the curve's colour, so the curve's legend entry names them too
            XYSeries likelihoods = chart.addSeries("pdf(data) under " + name, data, heights);
            likelihoods.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            likelihoods.setMarker(SeriesMarkers.CIRCLE);
            likelihoods.setMarkerColor(ChartStyle.color(m));
            likelihoods.setShowInLegend(false);
        }
        XYSeries points = chart.addSeries("data", data, new double[data.length]);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.DIAMOND);
        points.setMarkerColor(ChartStyle.color(6));
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return ChartStyle.render(chart);
    }

    private static XYChart chart(String title) {
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(title)
                .xAxisTitle("x")
                .yAxisTitle("density")
                .build();
        ChartStyle.apply(chart.getStyler());
        return chart;
    }

    private static double[][] sample(Normal normal, double from, double to) {
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = i == SAMPLES - 1 ? to : from + (to - from) * i / (SAMPLES - 1);
            y[i] = normal.pdf(x[i]);
        }
        return new double[][] {x, y};
    }

    private static void requireModel(Normal model) {
        Require.nonNull("normal", model, "a distribution");
    }
}
