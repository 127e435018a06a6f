package nll.notebooks.runner;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notebook 02's interactive cell in a real browser with a real widget manager: ipywidgets 8's HTML manager
 * (bundled from npm) in headless Chromium, connected to a Jupyter server on 127.0.0.1 running the project's kernel
 * (src/test/js/widgets/check-widgets.mjs). The mouse drags mu's slider; the chart must change, and the text must
 * follow (SliderDrag).
 */
class WidgetBrowserEndToEndTest {
    private static final Path CHECK = Path.of("src/test/js/widgets/check-widgets.mjs");
    private static final Path PAGE = Path.of("target/widget-page");

    @Test
    void draggingMuRedrawsTheChartAndTheLikelihoodFollows() {
        NodeTools.requireBrowserTools();
        // The page's Jupyter server is the runner's Jupyter (JUPYTER and PATH), with the project's kernel.
        Map<String, String> environment = new HashMap<>(ProjectKernel.jupyter().environment());
        environment.put("JUPYTER_PATH", ProjectKernel.DATA_DIR.toAbsolutePath().toString());
        JsonObject result = SliderDrag.result(NodeTools.node(
                List.of(
                        CHECK.toString(),
                        NodeTools.PROJECT.toAbsolutePath().toString(),
                        PAGE.toAbsolutePath().toString()),
                600,
                environment));
        SliderDrag.assertRedrawn(result.getAsJsonObject("before"), result.getAsJsonObject("after"));
    }
}
