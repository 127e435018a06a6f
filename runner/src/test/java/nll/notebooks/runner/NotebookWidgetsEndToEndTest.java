package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Notebook 02's interactive cell in the classic Notebook (6.x) that ./run opens, with the project's nbextension
 * (nbextension/) installed and enabled the way ./run does it, in headless Chromium
 * (src/test/js/widgets/check-notebook-widgets.mjs): the mouse drags mu's slider, and the chart and the text must
 * follow (SliderDrag); after a kernel restart the cell shows live widgets again, not the static picture.
 */
@Order(4)
class NotebookWidgetsEndToEndTest {
    private static final Path CHECK = Path.of("src/test/js/widgets/check-notebook-widgets.mjs");
    private static final Path WORK = Path.of("target/notebook-widgets");

    @Test
    void inTheClassicNotebookDraggingMuRedrawsTheChartAndARestartedKernelGetsWidgetsAgain() {
        JsonObject result = SliderDrag.run(CHECK, WORK, 900);
        JsonObject before = result.getAsJsonObject("before");
        JsonObject after = result.getAsJsonObject("after");
        SliderDrag.assertRedrawn(before, after);

        JsonObject restarted = result.getAsJsonObject("afterRestart");
        assertEquals(
                SliderDrag.readout(before, 0),
                SliderDrag.readout(restarted, 0),
                "the restarted kernel's slider starts at mu's starting value: " + restarted);
        assertNotEquals(
                after.getAsJsonObject("image").get("src").getAsString(),
                restarted.getAsJsonObject("image").get("src").getAsString(),
                "a new chart: " + restarted);
        SliderDrag.assertLikelihoodText(restarted);
    }
}
