package nll.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A widget channel that keeps what it was sent, and lets a test play the front end's changes. */
final class RecordingChannel implements WidgetChannel {

    final Map<String, Map<String, Object>> states = new LinkedHashMap<>();
    final Map<String, Map<String, byte[]>> binaries = new LinkedHashMap<>();
    final Map<String, Consumer<Map<String, Object>>> listeners = new LinkedHashMap<>();
    final List<String> displayed = new ArrayList<>();
    final List<String> updates = new ArrayList<>();

    @Override
    public boolean frontEndHasWidgets() {
        return true;
    }

    @Override
    public synchronized String open(
            Map<String, Object> state, Map<String, byte[]> binary, Consumer<Map<String, Object>> listener) {
        String id = "model-" + (states.size() + 1);
        states.put(id, new LinkedHashMap<>(state));
        binaries.put(id, new LinkedHashMap<>(binary));
        listeners.put(id, listener);
        return id;
    }

    @Override
    public synchronized void update(String modelId, Map<String, Object> changes, Map<String, byte[]> binary) {
        states.get(modelId).putAll(changes);
        binaries.get(modelId).putAll(binary);
        updates.add(modelId + " " + changes.keySet() + " " + binary.keySet());
    }

    @Override
    public void close(String modelId) {
        states.remove(modelId);
    }

    @Override
    public void display(String modelId, String plainText) {
        displayed.add(modelId + ": " + plainText);
    }

    @Override
    public Object view(String modelId, String plainText) {
        displayed.add(modelId + ": " + plainText);
        return "view of " + modelId;
    }

    /** The front end changes {@code key} of the model to {@code value}. */
    void change(String modelId, String key, Object value) {
        listeners.get(modelId).accept(Map.of(key, value));
    }

    synchronized String modelName(String modelId) {
        return (String) states.get(modelId).get("_model_name");
    }
}
