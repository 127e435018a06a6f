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
import javax.imageio.ImageIO;
import nll.distribution.Normal;
import nll.likelihood.Likelihood;
import nll.mle.GradientPath;
import nll.mle.NormalGradientAscent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        check("densities-with-data", () -> DensityChart.withData(DATA, Normal.of(50, 5), Normal.of(45, 8)));
        check("densities-with-named-data", () -> DensityChart.withData(DATA, new String[] {"A", null},
                Normal.of(50, 5), Normal.of(45, 8)));
    }

    @Test
    void logFunctions() throws IOException {
        check("ln", () -> LineChart.titled("ln x and -ln x on (0, 1]").axes("x", "y")
                .function("ln x", Math::log, 0.001, 1)
                .function("-ln x", x -> -Math.log(x), 0.001, 1)
                .horizontalLine("y = 0", 0)
                .image());
    }

    @Test
    void legendBelowThePlot() throws IOException {
        Supplier<LineChart> chart = () -> LineChart.titled("ln x on (0, 1]").axes("x", "y")
                .function("ln x", Math::log, 0.001, 1);
        BufferedImage inside = chart.get().image();
        BufferedImage below = check("ln-legend-below", () -> chart.get().legendBelow().image());
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
        check("likelihood-curve", () -> LineChart.titled("Likelihood of mu, sigma = 3.167").axes("mu", "L(mu | data)")
                .function("L(mu)", mu -> Likelihood.of(Normal.of(mu, sigma), DATA).product(), 44, 60)
                .verticalLine("mean = 52.295", 52.295)
                .image());
    }

    @Test
    void lossCurve() throws IOException {
        double[] losses = new double[1000];
        for (int k = 0; k < losses.length; k++) {
            losses[k] = 2.48 + 1.3 * Math.exp(-k / 60.0);
        }
        check("loss", () -> LineChart.loss(losses).horizontalLine("count model 2.4550", 2.4550).image());
    }

    @Test
    void contourWithPath() throws IOException {
        GradientPath path = NormalGradientAscent.of(DATA).run(45, 8, 0.15, 300);
        BufferedImage image = check("contour", () -> contourOfTheFivePoints()
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
        return ContourChart.titled("Log-likelihood of the five points over (mu, sigma)").axes("mu", "sigma")
                .function((mu, sigma) -> Likelihood.of(Normal.of(mu, sigma), DATA).logLikelihood(), 43, 61, 1.5, 9);
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
        check("bigram", () -> BigramHeatMap.of(counts, symbols));
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
    @CsvSource(delimiter = ';', value = {
        "0; 0.16; 0.08; 0.08; ''",
        "0; 0.16; 0.1; 0.1; ''",
        "-0.4; 0.4; -0.3; -0.3; ''",
        "40; 65; 52; 52; ''",
        "0; 4; 2.5; 2.5; ''",
        "0; 1.2e-6; 1.1e-6; 1.1; (×10⁻⁶)",
        "0; 2.6e-6; 2.6e-6; 2.6; (×10⁻⁶)",
        "0; 7e-7; 6e-7; 6; (×10⁻⁷)",
        "0; 3e7; 2.5e7; 2.5; (×10⁷)"})
    void tickLabelsHaveALeadingZeroAndNoExponent(double min, double max, double tick, String label, String factor) {
        ChartStyle.AxisScale scale = ChartStyle.AxisScale.of(min, max);
        assertEquals(label, scale.exponent() == 0 ? new java.text.DecimalFormat(scale.pattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(tick) : scale.label(tick));
        assertEquals(factor, scale.exponent() == 0 ? "" : scale.factor());
    }

    @Test
    void scaledAxisNamesItsFactor() throws IOException {
        check("likelihood-scaled", () -> LineChart.titled("Likelihood of mu, sigma = 5").axes("mu", "L(mu | data)")
                .function("L(mu)", mu -> Likelihood.of(Normal.of(mu, 5), DATA).product(), 40, 65)
                .image());
    }

    @Test
    void layerInColourOfAnotherTakesItsColour() {
        double[] x = {0, 1, 2, 3};
        double[] y = {0, 1, 2, 3};
        BufferedImage matched = LineChart.titled("t").series("a", x, y).horizontalLine("h", 1).inColourOf("a").image();
        BufferedImage own = LineChart.titled("t").series("a", x, y).horizontalLine("h", 1).image();
        assertEquals(0, count(matched, ChartStyle.color(1)), "the line in a's colour has none of the second colour");
        assertTrue(count(own, ChartStyle.color(1)) > 100, "without inColourOf the line takes the second colour");
    }

    @Test
    void wideLineStaysVisibleUnderALineOnTop() {
        double[] x = {0, 1, 2, 3};
        double[] y = {0, 1, 2, 3};
        BufferedImage under = LineChart.titled("t").series("below", x, y).wide().series("above", x, y).image();
        BufferedImage hidden = LineChart.titled("t").series("below", x, y).series("above", x, y).image();
        assertTrue(count(under, ChartStyle.color(0)) > 2 * count(hidden, ChartStyle.color(0)),
                "the wide line shows at both sides of the line drawn over it");
    }

    @Test
    void shadedIntervalWithALevelLine() throws IOException {
        BufferedImage withLevel = check("shaded-interval-level",
                () -> DensityChart.shadedInterval(Normal.of(0, 0.1), -0.1, 0.1, 1));
        assertTrue(count(withLevel, ChartStyle.color(1)) > 200, "the level line y = 1 is drawn");
        assertEquals(0, count(DensityChart.shadedInterval(Normal.of(0, 0.1), -0.1, 0.1), ChartStyle.color(1)));
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

    @Test
    void badInput() {
        Normal normal = Normal.of(50, 2.5);
        assertMessage("a = 52.5 must be < b = 50.0", () -> DensityChart.shadedInterval(normal, 52.5, 50));
        assertMessage("b = NaN must be finite", () -> DensityChart.shadedInterval(normal, 50, Double.NaN));
        assertMessage("data is empty", () -> DensityChart.withData(new double[0], normal));
        assertMessage("data[0] = NaN must be finite", () -> DensityChart.withData(new double[] {Double.NaN}, normal));
        assertMessage("models is empty", () -> DensityChart.withData(DATA));
        assertMessage("names.length = 1 must equal models.length = 2",
                () -> DensityChart.withData(DATA, new String[] {"A"}, normal, normal));
        assertMessage("names = null must be an array of one name",
                () -> DensityChart.withData(DATA, (String[]) null, normal));
        assertMessage("ln x(0.0) = -Infinity is not finite",
                () -> LineChart.titled("t").function("ln x", Math::log, 0, 1));
        assertMessage("from = 1.0 must be < to = 0.0", () -> LineChart.titled("t").function("f", x -> x, 1, 0));
        assertMessage("loss y[1] = NaN must be finite", () -> LineChart.loss(1.0, Double.NaN));
        assertMessage("loss y is empty", () -> LineChart.loss());
        assertMessage("p x.length = 2 must equal p y.length = 1",
                () -> LineChart.titled("t").points("p", new double[] {1, 2}, new double[] {1}));
        assertMessage("f y[0] = 0.0 must be > 0 on a logarithmic axis",
                () -> LineChart.titled("t").logY().series("f", 0.0, 1.0));
        assertMessage("name = f is already used", () -> LineChart.titled("t").series("f", 1.0).series("f", 2.0));
        assertMessage("title = null must be a non-blank text", () -> LineChart.titled(null));
        assertThrows(IllegalStateException.class, () -> LineChart.titled("t").horizontalLine("h", 1).image());
        assertMessage("seriesName = b names no earlier series",
                () -> LineChart.titled("t").series("a", 1.0).horizontalLine("h", 1).inColourOf("b"));
        assertEquals("inColourOf() applies to the layer added last; nothing has been added",
                assertThrows(IllegalStateException.class, () -> LineChart.titled("t").inColourOf("a")).getMessage());
        assertEquals("wide() applies to a line; the last layer, p, is points", assertThrows(IllegalStateException.class,
                () -> LineChart.titled("t").points("p", new double[] {1}, new double[] {1}).wide()).getMessage());
        assertMessage("level = Infinity must be finite",
                () -> DensityChart.shadedInterval(normal, 50, 52.5, Double.POSITIVE_INFINITY));
        assertMessage("f(46.0, 0.0) = NaN is not finite", () -> ContourChart.titled("t")
                .function((mu, sigma) -> Likelihood.of(Normal.of(mu, 1), DATA).logLikelihood() / sigma * 0, 46, 58, 0, 1));
        assertMessage("path x.length = 2 must equal path y.length = 1",
                () -> ContourChart.titled("t").path("path", new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalStateException.class, () -> ContourChart.titled("t").image());
        assertMessage("drops is empty", () -> ContourChart.titled("t").drops());
        assertMessage("drops[1] = -1.0 must be > 0 and finite", () -> ContourChart.titled("t").drops(2, -1));
        assertMessage("drops[1] = NaN must be finite", () -> ContourChart.titled("t").drops(2, Double.NaN));
        char[] symbols = "ab".toCharArray();
        assertMessage("counts.length = 3 must equal symbols.length = 2",
                () -> BigramHeatMap.of(new long[3][3], symbols));
        assertMessage("counts[1].length = 1 must equal symbols.length = 2",
                () -> BigramHeatMap.of(new long[][] {{1, 2}, {3}}, symbols));
        assertMessage("counts[0][1] = -4 must be >= 0", () -> BigramHeatMap.of(new long[][] {{1, -4}, {3, 0}}, symbols));
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
