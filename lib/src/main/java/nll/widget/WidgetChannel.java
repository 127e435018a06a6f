package nll.widget;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What the widgets need from a kernel: open, change and close widget models, and show a model's view.
 * {@link #detect()} finds the nll-notebooks kernel's, or none.
 */
public interface WidgetChannel {

    /** Whether a front end that renders widgets is connected. */
    boolean frontEndHasWidgets();

    /** Opens a model with this state and binary state; {@code listener} gets the front end's changes. */
    String open(Map<String, Object> state, Map<String, byte[]> binary, Consumer<Map<String, Object>> listener);

    /** Sends changed state to the front end. */
    void update(String modelId, Map<String, Object> changes, Map<String, byte[]> binary);

    /** Closes a model. */
    void close(String modelId);

    /** Shows the model's view under the running cell, with {@code plainText} for front ends without widgets. */
    void display(String modelId, String plainText);

    /**
     * The model's view as a cell's value, with {@code plainText} for front ends without widgets: a cell ending in
     * it shows the widget as its result.
     */
    Object view(String modelId, String plainText);

    /**
     * The channel of the kernel running this code, if it has widgets and a widget front end is connected;
     * otherwise null (IJava, JJava, headless runs).
     */
    static WidgetChannel detect() {
        WidgetChannel kernel = KernelWidgetChannel.find();
        return kernel != null && kernel.frontEndHasWidgets() ? kernel : null;
    }
}
