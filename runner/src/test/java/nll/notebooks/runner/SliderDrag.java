package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nll.process.CommandResult;

/**
 * What a browser check printed about notebook 02's interactive cell after dragging mu's slider, and the checks
 * every widget front end must pass: the chart changes, and the text names the slider's mu with the likelihood of
 * the five points there, computed here independently.
 */
final class SliderDrag {
    private static final double[] DATA = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};
    private static final Pattern LINE =
            Pattern.compile("mu = ([0-9.]+), sigma = ([0-9.]+): L = ([0-9.e+-]+), log L = (-?[0-9.]+)");

    private SliderDrag() {}

    /**
     * Runs the browser check {@code script} (a Node.js script under src/test/js/widgets/) with the project's root and
     * its own work directory, against the runner's Jupyter (JUPYTER and PATH) with the project's kernel, and returns
     * what it printed.
     */
    static JsonObject run(Path script, Path work, int timeoutSeconds) {
        NodeTools.requireBrowserTools();
        Map<String, String> environment = new HashMap<>(ProjectKernel.jupyter().environment());
        environment.put("JUPYTER_PATH", ProjectKernel.DATA_DIR.toAbsolutePath().toString());
        environment.putAll(Jupyter.HEADLESS_KERNEL_OPTIONS); // the server's kernels inherit it
        return result(NodeTools.node(
                List.of(
                        script.toString(),
                        NodeTools.PROJECT.toAbsolutePath().toString(),
                        work.toAbsolutePath().toString()),
                timeoutSeconds,
                environment));
    }

    /** The JSON line a successful check printed, with no errors on the page. */
    static JsonObject result(CommandResult check) {
        assertEquals(0, check.exitCode(), "the widget check failed:\n" + check.output());
        String json = check.stdout().substring(check.stdout().indexOf('{'));
        JsonObject result = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(0, result.getAsJsonArray("pageErrors").size(), json);
        return result;
    }

    /** The drag moved mu and only mu, the 800x500 chart was redrawn, and both texts are right. */
    static void assertRedrawn(JsonObject before, JsonObject after) {
        String both = "before: " + before + "\nafter: " + after;
        assertNotEquals(readout(before, 0), readout(after, 0), "the drag moved mu: " + both);
        assertEquals(readout(before, 1), readout(after, 1), "sigma was not touched: " + both);
        JsonObject imageBefore = before.getAsJsonObject("image");
        JsonObject imageAfter = after.getAsJsonObject("image");
        assertEquals(800, imageAfter.get("width").getAsInt());
        assertEquals(500, imageAfter.get("height").getAsInt());
        assertNotEquals(
                imageBefore.get("src").getAsString(), imageAfter.get("src").getAsString(), both);
        assertNotEquals(
                imageBefore.get("pixels").getAsLong(),
                imageAfter.get("pixels").getAsLong(),
                "the new chart's pixels differ: " + both);
        for (JsonObject shown : List.of(before, after)) {
            assertLikelihoodText(shown);
        }
    }

    /** The text names the slider's mu, and L and log L at (mu, sigma) agree with the product of the densities. */
    static void assertLikelihoodText(JsonObject shown) {
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

    static String readout(JsonObject shown, int slider) {
        return shown.getAsJsonArray("sliders")
                .get(slider)
                .getAsJsonObject()
                .get("readout")
                .getAsString();
    }
}
