package nll.chart;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Draws a sweep chart twice (identical pixels) and writes it to target/charts for inspection. */
class LogXChartTest {

    private static final double[] X = {0.001, 0.01, 0.1, 1, 10, 100};
    private static final double[] Y = {2.4567, 2.4562, 2.4557, 2.4560, 2.4652, 2.5541};

    private static LogXChart sweep() {
        return LogXChart.titled("Development NLL against alpha").axes("alpha", "NLL").yDecimals("0.000")
                .series("dev NLL", X, Y).points("best", new double[] {0.1}, new double[] {2.4557}).yRange(2.452, 2.47)
                .horizontalLine("at 0", 2.5);
    }

    @Test
    void drawsTheSameImageTwice() throws IOException {
        BufferedImage first = sweep().image();
        BufferedImage second = sweep().image();
        assertEquals(800, first.getWidth());
        assertEquals(500, first.getHeight());
        assertArrayEquals(first.getRGB(0, 0, 800, 500, null, 0, 800), second.getRGB(0, 0, 800, 500, null, 0, 800));
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        ImageIO.write(first, "png", dir.resolve("log-x-sweep.png").toFile());
    }

    @Test
    void badInput() {
        assertMessage("title = null", () -> LogXChart.titled(null));
        assertMessage("dev x[0] = 0.0 must be > 0", () -> LogXChart.titled("t").series("dev", new double[] {0, 1},
                new double[] {1, 2}));
        assertMessage("dev y", () -> LogXChart.titled("t").series("dev", new double[] {1, 2},
                new double[] {1, Double.NaN}));
        assertMessage("already used", () -> sweep().points("best", new double[] {1}, new double[] {1}));
        assertMessage("lower = 2.0", () -> LogXChart.titled("t").yRange(2, 1));
        assertThrows(IllegalStateException.class, () -> LogXChart.titled("t").horizontalLine("h", 1).image());
    }
}
