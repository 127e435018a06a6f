package nll.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look every chart of the package shares, and its rendering to an image. */
final class ChartStyle {

    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    /** Colour-blind-safe palette (Okabe and Ito), in the order series are added. */
    static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)};

    /** A translucent fill for shaded areas. */
    static final Color SHADE = new Color(0, 114, 178, 90);

    static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {8f, 5f}, 0f);

    private ChartStyle() {
    }

    static Color color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    static void apply(AxesChartStyler styler) {
        styler.setLocale(Locale.ROOT);
        styler.setAntiAlias(true);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(150, 150, 150));
        styler.setPlotGridLinesColor(new Color(225, 225, 225));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendBorderColor(new Color(200, 200, 200));
        if (!(styler instanceof HeatMapStyler)) {
            // a heat map only accepts a legend outside the plot
            styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        }
        styler.setSeriesColors(PALETTE);
        styler.setMarkerSize(8);
        styler.setToolTipsEnabled(false);
    }

    /**
     * Sets axis limits rounded outwards to a whole number of round steps, with tick labels showing
     * as many decimals as those steps need.
     *
     * <p>XChart places the ticks of an x axis on the data's own x values when they are equally
     * spaced (every sampled function and every per-step series), which gives labels such as
     * 0.2012, 0.4014 or 0, 39, 78. An invisible series through (upper, lower), added first, makes
     * the x values unequally spaced, so XChart falls back to ticks at round numbers.
     */
    static void roundAxes(XYChart chart, double xMin, double xMax, double yMin, double yMax) {
        XYStyler styler = chart.getStyler();
        double[] x = roundOutwards(xMin, xMax);
        styler.setXAxisMin(x[0]).setXAxisMax(x[1]);
        if (x[2] >= 0) {
            styler.setXAxisDecimalPattern(decimals((int) x[2]));
        }
        double[] y = roundOutwards(yMin, yMax);
        if (!styler.isYAxisLogarithmic()) {
            styler.setYAxisMin(y[0]).setYAxisMax(y[1]);
            if (y[2] >= 0) {
                styler.setYAxisDecimalPattern(decimals((int) y[2]));
            }
        }
        double yInside = styler.isYAxisLogarithmic() ? yMax : y[0];
        XYSeries ticks = chart.addSeries(" ", new double[] {x[1], x[0]}, new double[] {yInside, yInside});
        ticks.setLineStyle(SeriesLines.NONE);
        ticks.setMarker(SeriesMarkers.NONE);
        ticks.setShowInLegend(false);
    }

    /**
     * {min, max, decimals}: the range widened to multiples of a round step (a tenth of the span's
     * power of ten), and the decimals a tick label needs, or -1 to keep XChart's own scientific
     * format for tiny or huge values.
     */
    private static double[] roundOutwards(double min, double max) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            return new double[] {min - pad, max + pad, -1};
        }
        double power = Math.floor(Math.log10(max - min));
        double step = Math.pow(10, power - 1);
        double lower = Math.floor(min / step) * step;
        double upper = Math.ceil(max / step) * step;
        double magnitude = Math.max(Math.abs(lower), Math.abs(upper));
        int decimals = magnitude < 1e-3 || magnitude >= 1e7 ? -1 : (int) Math.max(0, 1 - power);
        return new double[] {lower, upper, decimals};
    }

    /** A pattern with up to {@code count} decimals, trailing zeros dropped (0.2, not 0.20). */
    private static String decimals(int count) {
        return count == 0 ? "0" : "0." + "#".repeat(count);
    }

    /** Paints {@code chart} at its own size onto a new RGB image. */
    static BufferedImage render(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }
}
