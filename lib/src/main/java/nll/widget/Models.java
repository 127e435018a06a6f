package nll.widget;

import java.util.LinkedHashMap;
import java.util.Map;

/** The state keys that name a widget's model and view (ipywidgets 8: base and controls 2.0.0). */
final class Models {

    private Models() {}

    static Map<String, Object> state(String module, String model, String view) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("_model_module", module);
        state.put("_model_module_version", Control.CONTROLS_VERSION);
        state.put("_model_name", model);
        state.put("_view_module", module);
        state.put("_view_module_version", Control.CONTROLS_VERSION);
        state.put("_view_name", view);
        return state;
    }

    /** How a box names a child model in its {@code children}. */
    static String reference(String modelId) {
        return "IPY_MODEL_" + modelId;
    }
}
