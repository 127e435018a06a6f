package nll.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)
    };

    /** A translucent fill for shaded areas. */
    static final Color SHADE = new Color(0, 114, 178, 90);

    static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED =
            new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f);

    /** {@code stroke} three times as wide, with its dash pattern scaled to match. */
    static BasicStroke widened(BasicStroke stroke) {
        float[] dash = stroke.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= 3;
            }
        }
        return new BasicStroke(
                3 * stroke.getLineWidth(),
                stroke.getEndCap(),
                stroke.getLineJoin(),
                stroke.getMiterLimit(),
                dash,
                stroke.getDashPhase());
    }

    private ChartStyle() {}

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
     * as many decimals as those steps need and always a digit before the point ("0.08", never
     * ".08", which XChart's own patterns print). On an axis of tiny or huge values (below 1e-3 or
     * from 1e7) the labels show the values divided by a power of ten, 10^k, and the axis title ends
     * with "(×10^k)": 2.6e-6 is labelled 2.6 on an axis titled "L (×10⁻⁶)", not "2.6E-6".
     *
     * <p>XChart places the ticks of an x axis on the data's own x values when they are equally
     * spaced (every sampled function and every per-step series), which gives labels such as
     * 0.2012, 0.4014 or 0, 39, 78. An invisible series through (upper, lower), added first, makes
     * the x values unequally spaced, so XChart falls back to ticks at round numbers.
     */
    static void roundAxes(XYChart chart, double xMin, double xMax, double yMin, double yMax) {
        XYStyler styler = chart.getStyler();
        AxisScale x = AxisScale.of(xMin, xMax);
        styler.setXAxisMin(x.lower).setXAxisMax(x.upper);
        if (x.exponent == 0) {
            styler.setXAxisDecimalPattern(x.pattern());
        } else {
            styler.setxAxisTickLabelsFormattingFunction(x::label);
            chart.setXAxisTitle(chart.getXAxisTitle() + " " + x.factor());
        }
        AxisScale y = AxisScale.of(yMin, yMax);
        if (!styler.isYAxisLogarithmic()) {
            styler.setYAxisMin(y.lower).setYAxisMax(y.upper);
            if (y.exponent == 0) {
                styler.setYAxisDecimalPattern(y.pattern());
            } else {
                styler.setyAxisTickLabelsFormattingFunction(y::label);
                chart.setYAxisTitle(chart.getYAxisTitle() + " " + y.factor());
            }
        }
        double yInside = styler.isYAxisLogarithmic() ? yMax : y.lower;
        XYSeries ticks = chart.addSeries(" ", new double[] {x.upper, x.lower}, new double[] {yInside, yInside});
        ticks.setLineStyle(SeriesLines.NONE);
        ticks.setMarker(SeriesMarkers.NONE);
        ticks.setShowInLegend(false);
    }

    /**
     * An axis range widened to multiples of a round step (a tenth of the span's power of ten), the
     * power of ten 10^exponent its labels are divided by (exponent 0 for ordinary magnitudes), and
     * the decimals a label then needs.
     */
    record AxisScale(double lower, double upper, int exponent, int decimals) {

        static AxisScale of(double min, double max) {
            if (!(max > min)) {
                double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
                return of(min - pad, max + pad);
            }
            double power = Math.floor(Math.log10(max - min));
            double step = Math.pow(10, power - 1);
            double lower = Math.floor(min / step) * step;
            double upper = Math.ceil(max / step) * step;
            double magnitude = Math.max(Math.abs(lower), Math.abs(upper));
            int exponent = magnitude < 1e-3 || magnitude >= 1e7 ? (int) Math.floor(Math.log10(magnitude)) : 0;
            int decimals = (int) Math.max(0, exponent - (power - 1));
            return new AxisScale(lower, upper, exponent, decimals);
        }

        /** Up to {@code decimals} decimals, trailing zeros dropped (0.2, not 0.20), a leading zero kept. */
        String pattern() {
            return decimals == 0 ? "0" : "0." + "#".repeat(decimals);
        }

        String label(double value) {
            double scaled = new BigDecimal(value).movePointLeft(exponent).doubleValue();
            return new DecimalFormat(pattern(), DecimalFormatSymbols.getInstance(Locale.ROOT)).format(scaled);
        }

        /** "(×10⁻⁶)" for exponent -6. */
        String factor() {
            StringBuilder superscript = new StringBuilder();
            for (char digit : Integer.toString(exponent).toCharArray()) {
                superscript.append(digit == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(digit - '0'));
            }
            return "(×10" + superscript + ")";
        }
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Paints {@code chart} at its own size onto a new RGB image. */
    static BufferedImage render(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }
}
