package nll.kernel;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.function.Consumer;
import nll.kernel.comm.WidgetModels;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The kernel's widgets as a widget library in a cell's class path reaches them: static methods on JDK types only,
 * so that a library can look this class up by name (and find it missing under other kernels) without being
 * compiled against the kernel. Model state is a map of JSON-like values (numbers, strings, booleans, lists, maps);
 * binary state is a map of byte arrays.
 */
public final class WidgetBridge {

    private static volatile WidgetModels models;

    private WidgetBridge() {}

    /** Called once by the kernel as it starts. */
    static void install(WidgetModels widgetModels) {
        models = widgetModels;
    }

    /** Whether a front end that renders widgets is connected (see {@link WidgetModels#frontEndConnected()}). */
    public static boolean frontEndHasWidgets() {
        WidgetModels current = models;
        return current != null && current.frontEndConnected();
    }

    /** Opens a widget model; returns its id. See {@link WidgetModels#open}. */
    public static String open(
            Map<String, Object> state, Map<String, byte[]> binary, Consumer<Map<String, Object>> listener) {
        return models().open(state, binary, listener);
    }

    /** Sends changed state to the front end. */
    public static void update(String modelId, Map<String, Object> changes, Map<String, byte[]> binary) {
        models().update(modelId, changes, binary);
    }

    /** Closes a model. */
    public static void close(String modelId) {
        models().close(modelId);
    }

    /**
     * Shows a view of the model under the running cell, as {@link #view} renders it. Returns the display id.
     */
    public static String display(String modelId, String plainText) {
        return ((JavaKernel) BaseKernel.notebookKernel()).show(viewData(modelId, plainText));
    }

    /**
     * A view of the model as a cell's value: {@code application/vnd.jupyter.widget-view+json} with
     * {@code text/plain} for front ends without widgets. A cell ending in it shows the widget as its result, as
     * ipykernel shows a widget that ends a cell, where returning null would show "null".
     */
    public static Object view(String modelId, String plainText) {
        return viewData(modelId, plainText);
    }

    private static DisplayData viewData(String modelId, String plainText) {
        JsonObject view = new JsonObject();
        view.addProperty("version_major", 2);
        view.addProperty("version_minor", 1);
        view.addProperty("model_id", modelId);
        DisplayData data = new DisplayData(plainText);
        data.putData("application/vnd.jupyter.widget-view+json", view);
        return data;
    }

    private static WidgetModels models() {
        WidgetModels current = models;
        if (current == null) {
            throw new IllegalStateException("the kernel's widgets are not started");
        }
        return current;
    }
}
