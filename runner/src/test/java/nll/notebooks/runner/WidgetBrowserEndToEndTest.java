package nll.notebooks.runner;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Notebook 02's interactive cell in a real browser with a real widget manager: ipywidgets 8's HTML manager
 * (bundled from npm) in headless Chromium, connected to a Jupyter server on 127.0.0.1 running the project's kernel
 * (src/test/js/widgets/check-widgets.mjs). The mouse drags mu's slider; the chart must change, and the text must
 * follow (SliderDrag).
 */
@Order(5)
class WidgetBrowserEndToEndTest {
    private static final Path CHECK = Path.of("src/test/js/widgets/check-widgets.mjs");
    private static final Path PAGE = Path.of("target/widget-page");

    @Test
    void draggingMuRedrawsTheChartAndTheLikelihoodFollows() {
        JsonObject result = SliderDrag.run(CHECK, PAGE, 600);
        SliderDrag.assertRedrawn(result.getAsJsonObject("before"), result.getAsJsonObject("after"));
    }
}
