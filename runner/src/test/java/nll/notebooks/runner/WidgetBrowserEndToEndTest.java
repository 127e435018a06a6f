package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import nll.process.CommandResult;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Notebook 02's interactive cell in a real browser with a real widget manager: ipywidgets 8's HTML manager
 * (bundled from npm) in headless Chromium, connected to a Jupyter server on 127.0.0.1 running the project's kernel
 * (src/test/js/widgets/check-widgets.mjs). The mouse drags mu's slider; the chart must change, and the text must
 * name the slider's new value with the likelihood of the five points there, computed here independently.
 */
@Order(3)
class WidgetBrowserEndToEndTest {
    private static final Path CHECK = Path.of("src/test/js/widgets/check-widgets.mjs");
    private static final Path PAGE = Path.of("target/widget-page");
    private static final double[] DATA = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};
    private static final Pattern LINE =
            Pattern.compile("mu = ([0-9.]+), sigma = ([0-9.]+): L = ([0-9.e+-]+), log L = (-?[0-9.]+)");

    @Test
    void draggingMuRedrawsTheChartAndTheLikelihoodFollows() {
        NodeTools.requireBrowserTools();
        // The page's Jupyter server is the runner's Jupyter (JUPYTER and PATH), with the project's kernel.
        Map<String, String> environment = new HashMap<>(ProjectKernel.jupyter().environment());
        environment.put("JUPYTER_PATH", ProjectKernel.DATA_DIR.toAbsolutePath().toString());
        CommandResult check = NodeTools.node(List.of(CHECK.toString(), NodeTools.PROJECT.toAbsolutePath().toString(),
                PAGE.toAbsolutePath().toString()), 600, environment);
        assertEquals(0, check.exitCode(), "the widget check failed:\n" + check.output());
        String json = check.stdout().substring(check.stdout().indexOf('{'));
        JsonObject result = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(0, result.getAsJsonArray("pageErrors").size(), json);
        JsonObject before = result.getAsJsonObject("before");
        JsonObject after = result.getAsJsonObject("after");

        String muBefore = readout(before, 0);
        String muAfter = readout(after, 0);
        assertNotEquals(muBefore, muAfter, "the drag moved mu: " + json);
        assertEquals(readout(before, 1), readout(after, 1), "sigma was not touched: " + json);

        JsonObject imageBefore = before.getAsJsonObject("image");
        JsonObject imageAfter = after.getAsJsonObject("image");
        assertEquals(800, imageAfter.get("width").getAsInt());
        assertEquals(500, imageAfter.get("height").getAsInt());
        assertNotEquals(imageBefore.get("src").getAsString(), imageAfter.get("src").getAsString(), json);
        assertNotEquals(imageBefore.get("pixels").getAsLong(), imageAfter.get("pixels").getAsLong(),
                "the new chart's pixels differ: " + json);

        for (JsonObject shown : List.of(before, after)) {
            Matcher line = LINE.matcher(shown.get("text").getAsString());
            assertTrue(line.find(), "the likelihood line: " + shown);
            assertEquals(readout(shown, 0), line.group(1), "the text names the slider's mu: " + shown);
            double mu = Double.parseDouble(line.group(1));
            double sigma = Double.parseDouble(line.group(2));
            double likelihood = 1;
            for (double x : DATA) {
                likelihood *= Math.exp(-0.5 * Math.pow((x - mu) / sigma, 2)) / (sigma * Math.sqrt(2 * Math.PI));
            }
            assertEquals(String.format(Locale.ROOT, "%.4e", likelihood), line.group(3), shown.toString());
            assertEquals(String.format(Locale.ROOT, "%.4f", Math.log(likelihood)), line.group(4), shown.toString());
        }
    }

    private static String readout(JsonObject shown, int slider) {
        return shown.getAsJsonArray("sliders").get(slider).getAsJsonObject().get("readout").getAsString();
    }
}
