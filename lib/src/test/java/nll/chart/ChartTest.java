package nll.chart;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nll.distribution.Normal;
import nll.likelihood.Likelihood;
import nll.mle.GradientPath;
import nll.mle.NormalGradientAscent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every chart twice (the pixels must be identical) and writes it to target/charts for
 * inspection.
 */
class ChartTest {

    private static final double[] DATA = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};

    @Test
    void shadedInterval() throws IOException {
        BufferedImage image = check("shaded-interval", () -> DensityChart.shadedInterval(Normal.of(50, 2.5), 50, 52.5));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void densitiesWithData() throws IOException {
        BufferedImage image =
                check("densities-with-data", () -> DensityChart.withData(DATA, Normal.of(50, 5), Normal.of(45, 8)));
        // each model's density and its five likelihood points are drawn in a colour of its own
        assertTrue(count(image, ChartStyle.color(0)) > 500, "the first model's colour is missing");
        assertTrue(count(image, ChartStyle.color(1)) > 500, "the second model's colour is missing");
        check(
                "densities-with-named-data",
                () -> DensityChart.withData(DATA, new String[] {"A", null}, Normal.of(50, 5), Normal.of(45, 8)));
    }

    @Test
    void logFunctions() throws IOException {
        BufferedImage image = check(
                "ln",
                () -> LineChart.titled("ln x and -ln x on (0, 1]")
                        .axes("x", "y")
                        .function("ln x", Math::log, 0.001, 1)
                        .function("-ln x", x -> -Math.log(x), 0.001, 1)
                        .horizontalLine("y = 0", 0)
                        .image());
        // on (0, 1) ln x < 0 < -ln x: the first curve is drawn below the line y = 0, the second above it
        double zero = meanRow(image, ChartStyle.color(2));
        assertTrue(meanRow(image, ChartStyle.color(0)) > zero + 20, "ln x is not below y = 0");
        assertTrue(meanRow(image, ChartStyle.color(1)) < zero - 20, "-ln x is not above y = 0");
    }

    @Test
    void legendBelowThePlot() throws IOException {
        Supplier<LineChart> chart =
                () -> LineChart.titled("ln x on (0, 1]").axes("x", "y").function("ln x", Math::log, 0.001, 1);
        BufferedImage inside = chart.get().image();
        BufferedImage below =
                check("ln-legend-below", () -> chart.get().legendBelow().image());
        // the legend's sample of the line, in the first palette colour, sits in the bottom rows only when below
        assertEquals(false, hasColourInBottomRows(inside, ChartStyle.color(0), 40));
        assertEquals(true, hasColourInBottomRows(below, ChartStyle.color(0), 40));
    }

    private static boolean hasColourInBottomRows(BufferedImage image, java.awt.Color colour, int rows) {
        for (int y = image.getHeight() - rows; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void likelihoodCurve() throws IOException {
        double sigma = 3.1672952139009705;
        BufferedImage image = check(
                "likelihood-curve",
                () -> LineChart.titled("Likelihood of mu, sigma = 3.167")
                        .axes("mu", "L(mu | data)")
                        .function(
                                "L(mu)",
                                mu -> Likelihood.of(Normal.of(mu, sigma), DATA).product(),
                                44,
                                60)
                        .verticalLine("mean = 52.295", 52.295)
                        .image());
        // the vertical line at the sample mean passes through the top of the curve, the maximum likelihood
        assertEquals(
                peakColumn(image, ChartStyle.color(0)),
                meanColumn(image, ChartStyle.color(1)),
                2,
                "the line at the mean misses the curve's peak");
    }

    @Test
    void lossCurve() throws IOException {
        double[] losses = new double[1000];
        for (int k = 0; k < losses.length; k++) {
            losses[k] = 2.48 + 1.3 * Math.exp(-k / 60.0);
        }
        BufferedImage image = check(
                "loss",
                () -> LineChart.loss(losses)
                        .horizontalLine("count model 2.4550", 2.4550)
                        .image());
        // the loss falls, and stays above the reference level 2.4550, which is drawn flat
        assertTrue(
                meanRow(image, ChartStyle.color(0), 100, 130) < meanRow(image, ChartStyle.color(0), 500, 600) - 100,
                "the loss curve does not fall");
        int[] rows = rows(image, ChartStyle.color(1), PLOT_LEFT, PLOT_RIGHT);
        assertTrue(rows[rows.length - 1] - rows[0] <= 3, "the reference line is not flat");
        assertTrue(rows[0] > meanRow(image, ChartStyle.color(0), 500, 600), "the reference is not below the loss");
    }

    @Test
    void logXSweep() throws IOException {
        double[] x = {0.001, 0.01, 0.1, 1, 10, 100};
        double[] y = {2.4567, 2.4562, 2.4557, 2.4560, 2.4652, 2.5541};
        check(
                "log-x-sweep-line-chart",
                () -> LineChart.titled("Development NLL against alpha")
                        .logX()
                        .axes("alpha", "NLL")
                        .yDecimals("0.000")
                        .series("dev NLL", x, y)
                        .points("best", new double[] {0.1}, new double[] {2.4557})
                        .yRange(2.452, 2.47)
                        .horizontalLine("at 0", 2.5)
                        .image());
    }

    @Test
    void contourWithPath() throws IOException {
        GradientPath path = NormalGradientAscent.of(DATA).run(45, 8, 0.15, 300);
        BufferedImage image = check(
                "contour",
                () -> contourOfTheFivePoints()
                        .path("gradient ascent from N(45, 8)", path.parameter("mu"), path.parameter("sigma"))
                        .point("closed form N(52.295, 3.167)", 52.295, 3.1672952139009705)
                        .point("true N(50, 5)", 50, 5)
                        .image());
        // every one of the four rings is drawn in its own colour
        for (int d = 0; d < 4; d++) {
            int rgb = ContourChart.CONTOUR_COLOURS[d].getRGB() & 0xFFFFFF;
            int count = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
                }
            }
            assertTrue(count > 200, "ring " + d + " has " + count + " pixels of its colour");
        }
    }

    @Test
    void contourRingsLieTheirDropBelowTheMaximum() {
        // f = -(x^2 + y^2) / 2 peaks at 0 at the origin; the contour 'max - d' is the circle of radius sqrt(2d)
        double[] grid = new double[ContourChart.GRID];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = -3 + 6.0 * i / (grid.length - 1);
        }
        double[][] values = new double[grid.length][grid.length];
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid.length; j++) {
                values[i][j] = -(grid[i] * grid[i] + grid[j] * grid[j]) / 2;
            }
        }
        for (double drop : new double[] {0.5, 1, 2, 4}) {
            double[][] segments = MarchingSquares.trace(grid, grid, values, -drop);
            int ends = 0;
            for (int k = 0; k < segments[0].length; k++) {
                if (!Double.isNaN(segments[1][k])) {
                    double radius = Math.hypot(segments[0][k], segments[1][k]);
                    // linear interpolation on a grid of spacing 6/160 errs by well under a thousandth
                    assertEquals(Math.sqrt(2 * drop), radius, 1e-3, "drop " + drop + " at point " + k);
                    ends++;
                }
            }
            // the circle crosses about 8 * radius / spacing cells, each giving one segment of two ends
            assertTrue(ends > 2 * 8 * Math.sqrt(2 * drop) / (6.0 / 160) * 0.9, "drop " + drop + ": " + ends);
        }
    }

    private static ContourChart contourOfTheFivePoints() {
        return ContourChart.titled("Log-likelihood of the five points over (mu, sigma)")
                .axes("mu", "sigma")
                .function(
                        (mu, sigma) -> Likelihood.of(Normal.of(mu, sigma), DATA).logLikelihood(), 43, 61, 1.5, 9);
    }

    @Test
    void bigramHeatMap() throws IOException {
        long[][] counts = new long[27][27];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 27; i++) {
            for (int j = 0; j < 27; j++) {
                counts[i][j] = i == 0 && j == 0 ? 0 : (long) Math.floor(Math.exp(random.nextDouble() * 9.5));
            }
        }
        char[] symbols = ".abcdefghijklmnopqrstuvwxyz".toCharArray();
        BufferedImage image = check("bigram", () -> BigramHeatMap.of(counts, symbols));
        // 46 pixels per cell plus the margins; the one empty cell '..' is filled orange (count 0), the largest count
        // takes the darkest colour of the scale
        assertEquals(46 * 27 + 160, image.getWidth());
        assertEquals(46 * 27 + 160, image.getHeight());
        assertTrue(count(image, new java.awt.Color(253, 174, 97)) > 1000, "the empty cell is not filled orange");
        assertTrue(count(image, new java.awt.Color(8, 69, 148)) > 1000, "no cell has the darkest colour");
    }

    @Test
    void shadedAreaHasTheShadeColour() {
        // the pixel halfway up the density at x = 51 lies in the shaded interval [50, 52.5];
        // at x = 48 it lies outside: find them through the plot's pixel columns, scanning for the fill
        BufferedImage image = DensityChart.shadedInterval(Normal.of(50, 2.5), 50, 52.5);
        int shaded = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, 400) & 0xFFFFFF;
            // SHADE (0, 114, 178, alpha 90) over white
            if (Math.abs(((rgb >> 16) & 0xFF) - 165) < 12 && Math.abs((rgb & 0xFF) - 217) < 12) {
                shaded++;
            }
        }
        // 2.5 of the 20 units of x span about 1/8 of the ~700 plot pixels
        assertTrue(shaded > 60 && shaded < 110, "shaded columns: " + shaded);
    }

    @ParameterizedTest(name = "[{0}, {1}]: {2} is labelled {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; 0.16; 0.08; 0.08; ''",
                "0; 0.16; 0.1; 0.1; ''",
                "-0.4; 0.4; -0.3; -0.3; ''",
                "40; 65; 52; 52; ''",
                "0; 4; 2.5; 2.5; ''",
                "0; 1.2e-6; 1.1e-6; 1.1; (×10⁻⁶)",
                "0; 2.6e-6; 2.6e-6; 2.6; (×10⁻⁶)",
                "0; 7e-7; 6e-7; 6; (×10⁻⁷)",
                "0; 3e7; 2.5e7; 2.5; (×10⁷)"
            })
    void tickLabelsHaveALeadingZeroAndNoExponent(double min, double max, double tick, String label, String factor) {
        ChartStyle.AxisScale scale = ChartStyle.AxisScale.of(min, max);
        assertEquals(
                label,
                scale.exponent() == 0
                        ? new java.text.DecimalFormat(
                                        scale.pattern(),
                                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                                .format(tick)
                        : scale.label(tick));
        assertEquals(factor, scale.exponent() == 0 ? "" : scale.factor());
    }

    @Test
    void scaledAxisNamesItsFactor() throws IOException {
        LineChart chart = LineChart.titled("Likelihood of mu, sigma = 5")
                .axes("mu", "L(mu | data)")
                .function("L(mu)", mu -> Likelihood.of(Normal.of(mu, 5), DATA).product(), 40, 65);
        check("likelihood-scaled", chart::image);
        // the peak, (2 pi 25)^(-5/2) exp(-50.159 / 50) = 1.19e-6 at the mean, is shown as about 1.2 (x10^-6)
        org.knowm.xchart.XYChart drawn = chart.chart();
        assertEquals("L(mu | data) (×10⁻⁶)", drawn.getYAxisTitle());
        assertEquals(
                "1.2", drawn.getStyler().getyAxisTickLabelsFormattingFunction().apply(1.2e-6));
        assertEquals("mu", drawn.getXAxisTitle());
    }

    @Test
    void layerInColourOfAnotherTakesItsColour() {
        double[] x = {0, 1, 2, 3};
        double[] y = {0, 1, 2, 3};
        BufferedImage matched = LineChart.titled("t")
                .series("a", x, y)
                .horizontalLine("h", 1)
                .inColourOf("a")
                .image();
        BufferedImage own =
                LineChart.titled("t").series("a", x, y).horizontalLine("h", 1).image();
        assertEquals(0, count(matched, ChartStyle.color(1)), "the line in a's colour has none of the second colour");
        assertTrue(count(own, ChartStyle.color(1)) > 100, "without inColourOf the line takes the second colour");
    }

    @Test
    void wideLineStaysVisibleUnderALineOnTop() {
        double[] x = {0, 1, 2, 3};
        double[] y = {0, 1, 2, 3};
        BufferedImage under = LineChart.titled("t")
                .series("below", x, y)
                .wide()
                .series("above", x, y)
                .image();
        BufferedImage hidden = LineChart.titled("t")
                .series("below", x, y)
                .series("above", x, y)
                .image();
        assertTrue(
                count(under, ChartStyle.color(0)) > 2 * count(hidden, ChartStyle.color(0)),
                "the wide line shows at both sides of the line drawn over it");
    }

    @Test
    void shadedIntervalWithALevelLine() throws IOException {
        BufferedImage withLevel =
                check("shaded-interval-level", () -> DensityChart.shadedInterval(Normal.of(0, 0.1), -0.1, 0.1, 1));
        assertTrue(count(withLevel, ChartStyle.color(1)) > 200, "the level line y = 1 is drawn");
        assertEquals(0, count(DensityChart.shadedInterval(Normal.of(0, 0.1), -0.1, 0.1), ChartStyle.color(1)));
    }

    /** Columns of the plots drawn at 800x500 that hold no legend (it sits at the top right). */
    private static final int PLOT_LEFT = 100;

    private static final int PLOT_RIGHT = 600;

    /** The rows, sorted, of the pixels of this colour in columns [from, to). */
    private static int[] rows(BufferedImage image, java.awt.Color colour, int from, int to) {
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int x = from; x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    rows.add(y);
                }
            }
        }
        assertTrue(!rows.isEmpty(), "no pixel of " + colour + " in columns " + from + " to " + to);
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static double meanRow(BufferedImage image, java.awt.Color colour, int from, int to) {
        return java.util.Arrays.stream(rows(image, colour, from, to)).average().orElseThrow();
    }

    private static double meanRow(BufferedImage image, java.awt.Color colour) {
        return meanRow(image, colour, PLOT_LEFT, PLOT_RIGHT);
    }

    /** The mean column of the pixels of this colour left of the legend. */
    private static double meanColumn(BufferedImage image, java.awt.Color colour) {
        long sum = 0;
        int found = 0;
        for (int x = 0; x < PLOT_RIGHT; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    sum += x;
                    found++;
                }
            }
        }
        assertTrue(found > 0, "no pixel of " + colour);
        return (double) sum / found;
    }

    /** The mean column of the top of a curve of this colour: its pixels in the three highest rows it reaches. */
    private static double peakColumn(BufferedImage image, java.awt.Color colour) {
        int top = rows(image, colour, 0, PLOT_RIGHT)[0];
        long sum = 0;
        int found = 0;
        for (int y = top; y <= top + 2; y++) {
            for (int x = 0; x < PLOT_RIGHT; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    sum += x;
                    found++;
                }
            }
        }
        return (double) sum / found;
    }

    private static int count(BufferedImage image, java.awt.Color colour) {
        int found = 0;
        for (int rgb : pixels(image)) {
            if ((rgb & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                found++;
            }
        }
        return found;
    }

    private static final Normal NORMAL = Normal.of(50, 2.5);
    private static final char[] SYMBOLS = "ab".toCharArray();

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("a = 52.5 must be < b = 50.0", (Executable)
                        () -> DensityChart.shadedInterval(NORMAL, 52.5, 50)),
                Arguments.of("b = NaN must be finite", (Executable)
                        () -> DensityChart.shadedInterval(NORMAL, 50, Double.NaN)),
                Arguments.of("data is empty", (Executable) () -> DensityChart.withData(new double[0], NORMAL)),
                Arguments.of("data[0] = NaN must be finite", (Executable)
                        () -> DensityChart.withData(new double[] {Double.NaN}, NORMAL)),
                Arguments.of("names.length = 1 must equal models.length = 2", (Executable)
                        () -> DensityChart.withData(DATA, new String[] {"A"}, NORMAL, NORMAL)),
                Arguments.of("names = null must be an array of one name", (Executable)
                        () -> DensityChart.withData(DATA, (String[]) null, NORMAL)),
                Arguments.of("models is empty", (Executable) () -> DensityChart.withData(DATA)),
                Arguments.of("ln x(0.0) = -Infinity is not finite", (Executable)
                        () -> LineChart.titled("t").function("ln x", Math::log, 0, 1)),
                Arguments.of("from = 1.0 must be < to = 0.0", (Executable)
                        () -> LineChart.titled("t").function("f", x -> x, 1, 0)),
                Arguments.of("loss y[1] = NaN must be finite", (Executable) () -> LineChart.loss(1.0, Double.NaN)),
                Arguments.of("loss y is empty", (Executable) () -> LineChart.loss()),
                Arguments.of("p x.length = 2 must equal p y.length = 1", (Executable)
                        () -> LineChart.titled("t").points("p", new double[] {1, 2}, new double[] {1})),
                Arguments.of("f y[0] = 0.0 must be > 0 on a logarithmic axis", (Executable)
                        () -> LineChart.titled("t").logY().series("f", 0.0, 1.0)),
                Arguments.of("name = f is already used", (Executable)
                        () -> LineChart.titled("t").series("f", 1.0).series("f", 2.0)),
                Arguments.of("title = null must be a non-blank text", (Executable) () -> LineChart.titled(null)),
                Arguments.of("seriesName = b names no earlier series", (Executable) () -> LineChart.titled("t")
                        .series("a", 1.0)
                        .horizontalLine("h", 1)
                        .inColourOf("b")),
                Arguments.of("level = Infinity must be finite", (Executable)
                        () -> DensityChart.shadedInterval(NORMAL, 50, 52.5, Double.POSITIVE_INFINITY)),
                Arguments.of("f(46.0, 0.0) = NaN is not finite", (Executable) () -> ContourChart.titled("t")
                        .function(
                                (mu, sigma) ->
                                        Likelihood.of(Normal.of(mu, 1), DATA).logLikelihood() / sigma * 0,
                                46,
                                58,
                                0,
                                1)),
                Arguments.of("path x.length = 2 must equal path y.length = 1", (Executable)
                        () -> ContourChart.titled("t").path("path", new double[] {1, 2}, new double[] {1})),
                Arguments.of("drops is empty", (Executable)
                        () -> ContourChart.titled("t").drops()),
                Arguments.of("drops[1] = -1.0 must be > 0 and finite", (Executable)
                        () -> ContourChart.titled("t").drops(2, -1)),
                Arguments.of("drops[1] = NaN must be finite", (Executable)
                        () -> ContourChart.titled("t").drops(2, Double.NaN)),
                Arguments.of("counts.length = 3 must equal symbols.length = 2", (Executable)
                        () -> BigramHeatMap.of(new long[3][3], SYMBOLS)),
                Arguments.of("counts[1].length = 1 must equal symbols.length = 2", (Executable) () ->
                        BigramHeatMap.of(new long[][] {{1, 2}, {3}}, SYMBOLS)),
                Arguments.of("f x[0] = 0.0 must be > 0 on a logarithmic axis", (Executable)
                        () -> LineChart.titled("t").logX().series("f", new double[] {0, 1}, new double[] {1, 2})),
                Arguments.of("f x[0] = -1.0 must be > 0 on a logarithmic axis", (Executable) () -> LineChart.titled("t")
                        .series("f", new double[] {-1, 1}, new double[] {1, 2})
                        .logX()),
                Arguments.of("lower = 2.0 must be < upper = 1.0", (Executable)
                        () -> LineChart.titled("t").yRange(2, 1)),
                Arguments.of("name = p is already used", (Executable)
                        () -> ContourChart.titled("t").point("p", 1, 1).point("p", 2, 2)),
                Arguments.of("counts[0][1] = -4 must be >= 0", (Executable) () ->
                        BigramHeatMap.of(new long[][] {{1, -4}, {3, 0}}, SYMBOLS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadInputIsRejectedNamingTheArgument(String message, Executable call) {
        assertMessage(message, call);
    }

    static Stream<Arguments> callsOutOfOrder() {
        return Stream.of(
                Arguments.of("chart 't' has no series: add a function, series or points", (Executable)
                        () -> LineChart.titled("t").horizontalLine("h", 1).image()),
                Arguments.of("inColourOf() applies to the layer added last; nothing has been added", (Executable)
                        () -> LineChart.titled("t").inColourOf("a")),
                Arguments.of("wide() applies to a line; the last layer, p, is points", (Executable)
                        () -> LineChart.titled("t")
                                .points("p", new double[] {1}, new double[] {1})
                                .wide()),
                Arguments.of("chart 't' has no function: call function(...) first", (Executable)
                        () -> ContourChart.titled("t").image()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsOutOfOrder")
    void aCallOutOfOrderIsAnIllegalState(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalStateException.class, call).getMessage());
    }

    private static BufferedImage check(String name, Supplier<BufferedImage> draw) throws IOException {
        BufferedImage first = draw.get();
        BufferedImage second = draw.get();
        assertArrayEquals(pixels(first), pixels(second), name + " is drawn differently the second time");
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        ImageIO.write(first, "png", dir.resolve(name + ".png").toFile());
        return first;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
