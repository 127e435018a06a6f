package nll.kernel.comm;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The Jupyter widget message protocol, version 2.1.0 (ipywidgets 8): each widget model is a comm on the target
 * {@value #WIDGET_TARGET} whose state names its model ({@code _model_name}, {@code _model_module},
 * {@code _model_module_version}); the kernel keeps every model's current state.
 * <ul>
 * <li>{@code update} from the front end: the state (with its binary buffers put back at their paths) goes to the
 * model's listener; accepted, it is merged and echoed back ({@code echo_update}, with the front end's message as
 * parent, so that the front end knows its own change came through); refused (the listener throws
 * {@link IllegalArgumentException}), it is logged and the front end gets an {@code update} with the current
 * values of those keys, which puts its control back.</li>
 * <li>{@code request_state}: an {@code update} with the whole state.</li>
 * <li>The control target {@value #CONTROL_TARGET}: {@code request_states} is answered with
 * {@code update_states}, the state of every live model, which is how JupyterLab restores widgets after a reload.
 * A widget front end opens this comm when it connects, so it also tells the kernel that one is there.</li>
 * <li>A malformed message (no method, a state that is not an object, an unknown method) is logged and dropped.</li>
 * </ul>
 * Binary state is supported for top-level keys (an image's {@code value}).
 */
public final class WidgetModels {

    public static final String WIDGET_TARGET = "jupyter.widget";
    public static final String CONTROL_TARGET = "jupyter.widget.control";
    public static final String PROTOCOL_VERSION = "2.1.0";
    private static final Gson GSON = new Gson();

    private final Comms comms;
    private final Consumer<String> log;
    private final Map<String, Model> models = new ConcurrentHashMap<>();
    private volatile boolean frontEndConnected;

    private WidgetModels(Comms comms, Consumer<String> log) {
        this.comms = comms;
        this.log = log;
    }

    /** Registers the widget targets on {@code comms}. */
    public static WidgetModels install(Comms comms, Consumer<String> log) {
        WidgetModels widgets = new WidgetModels(comms, log);
        comms.registerTarget(CONTROL_TARGET, widgets::controlOpened);
        comms.registerTarget(WIDGET_TARGET, (comm, data, buffers) -> {
            // Models are created by the kernel's widget library; front ends that create their own are refused.
            log.accept("comm_open on " + WIDGET_TARGET + " from the front end: models are created by the kernel;"
                    + " answered with comm_close");
            return null;
        });
        return widgets;
    }

    /**
     * Whether a widget front end has announced itself: it opened the control comm (ipywidgets 8 managers do so as
     * they connect, to restore widgets) or asked which {@value #WIDGET_TARGET} comms are open (older managers).
     */
    public boolean frontEndConnected() {
        return frontEndConnected || comms.askedAbout(WIDGET_TARGET);
    }

    /**
     * Opens a model: a {@code comm_open} with this state goes to the front end.
     *
     * @param state    the JSON state, with {@code _model_name}, {@code _model_module} and
     *                 {@code _model_module_version}
     * @param binary   binary state keys and their bytes
     * @param listener gets each accepted change from the front end (keys and values); throws
     *                 {@link IllegalArgumentException} to refuse it
     * @return the model id (the comm id), which widget views name
     */
    public String open(Map<String, Object> state, Map<String, byte[]> binary, Consumer<Map<String, Object>> listener) {
        for (String key : List.of("_model_name", "_model_module", "_model_module_version")) {
            if (!(state.get(key) instanceof String)) {
                throw new IllegalArgumentException("widget state needs a string " + key + ", got " + state.get(key));
            }
        }
        Model model = new Model(GSON.toJsonTree(state).getAsJsonObject(), new LinkedHashMap<>(binary), listener);
        List<byte[]> buffers = new ArrayList<>();
        JsonObject data = stateMessage(null, model.state, model.binary, buffers);
        data.remove("method");
        Comm comm = comms.open(WIDGET_TARGET, data, Map.of("version", PROTOCOL_VERSION), buffers, new Comm.Listener() {
            @Override
            public void onMessage(Comm c, JsonObject message, List<byte[]> received) {
                handle(c, model, message, received);
            }

            @Override
            public void onClose(Comm c, JsonObject message) {
                models.remove(c.id());
            }
        });
        model.comm = comm;
        models.put(comm.id(), model);
        return comm.id();
    }

    /** Changes a model's state from the kernel; the front end gets an {@code update} with these keys. */
    public void update(String modelId, Map<String, Object> changes, Map<String, byte[]> binary) {
        Model model = model(modelId);
        JsonObject json = GSON.toJsonTree(changes).getAsJsonObject();
        synchronized (model) {
            json.entrySet().forEach(e -> model.state.add(e.getKey(), e.getValue()));
            model.binary.putAll(binary);
        }
        List<byte[]> buffers = new ArrayList<>();
        model.comm.send(stateMessage("update", json, binary, buffers), Map.of(), buffers);
    }

    /** Closes a model: the front end removes it and its views. */
    public void close(String modelId) {
        Model model = models.remove(modelId);
        if (model != null) {
            model.comm.close();
        }
    }

    /** The ids of the open models. */
    public List<String> modelIds() {
        return new ArrayList<>(models.keySet());
    }

    private Model model(String modelId) {
        Model model = models.get(modelId);
        if (model == null) {
            throw new IllegalArgumentException("no open widget model with id " + modelId);
        }
        return model;
    }

    private void handle(Comm comm, Model model, JsonObject data, List<byte[]> buffers) {
        JsonElement method = data.get("method");
        if (method == null || !method.isJsonPrimitive()) {
            log.accept("widget message without a method on model " + comm.id() + "; dropped");
            return;
        }
        switch (method.getAsString()) {
            case "update" -> handleUpdate(comm, model, data, buffers);
            case "request_state" -> {
                List<byte[]> out = new ArrayList<>();
                JsonObject state;
                Map<String, byte[]> binary;
                synchronized (model) {
                    state = model.state.deepCopy();
                    binary = new LinkedHashMap<>(model.binary);
                }
                comm.send(stateMessage("update", state, binary, out), Map.of(), out);
            }
            case "custom" ->
                log.accept("custom widget message on model " + comm.id() + " ignored: these widgets take none");
            default ->
                log.accept("unknown widget method " + method.getAsString() + " on model " + comm.id() + "; dropped");
        }
    }

    private void handleUpdate(Comm comm, Model model, JsonObject data, List<byte[]> buffers) {
        JsonElement stateElement = data.get("state");
        if (stateElement == null || !stateElement.isJsonObject()) {
            log.accept("malformed widget update on model " + comm.id() + ": state is " + stateElement + "; dropped");
            return;
        }
        JsonObject state = stateElement.getAsJsonObject();
        Map<String, byte[]> binary = new LinkedHashMap<>();
        JsonElement paths = data.get("buffer_paths");
        if (paths != null && paths.isJsonArray()) {
            JsonArray list = paths.getAsJsonArray();
            for (int i = 0; i < list.size() && i < buffers.size(); i++) {
                JsonElement path = list.get(i);
                if (path.isJsonArray() && path.getAsJsonArray().size() == 1) {
                    binary.put(path.getAsJsonArray().get(0).getAsString(), buffers.get(i));
                } else {
                    log.accept("widget update on model " + comm.id() + ": nested buffer path " + path + " ignored");
                }
            }
        }
        Map<String, Object> changes = GSON.fromJson(state, new TypeToken<Map<String, Object>>() {}.getType());
        changes.putAll(binary);
        try {
            model.listener.accept(changes);
        } catch (IllegalArgumentException e) {
            log.accept("widget update on model " + comm.id() + " refused: " + e.getMessage()
                    + "; the front end gets the current values back");
            JsonObject current = new JsonObject();
            synchronized (model) {
                state.keySet().forEach(k -> {
                    if (model.state.has(k)) {
                        current.add(k, model.state.get(k));
                    }
                });
            }
            comm.send(stateMessage("update", current, Map.of(), new ArrayList<>()), Map.of(), List.of());
            return;
        }
        synchronized (model) {
            state.entrySet().forEach(e -> model.state.add(e.getKey(), e.getValue()));
            model.binary.putAll(binary);
        }
        List<byte[]> echoBuffers = new ArrayList<>();
        comm.send(stateMessage("echo_update", state, binary, echoBuffers), Map.of(), echoBuffers);
    }

    private Comm.Listener controlOpened(Comm comm, JsonObject data, List<byte[]> buffers) {
        frontEndConnected = true;
        return (c, message, received) -> {
            JsonElement method = message.get("method");
            if (method == null
                    || !method.isJsonPrimitive()
                    || !method.getAsString().equals("request_states")) {
                log.accept("unknown widget control message " + message + "; dropped");
                return;
            }
            List<byte[]> out = new ArrayList<>();
            JsonObject states = allStates(out);
            c.send(states, Map.of(), out);
        };
    }

    /** {@code update_states}: every model's name, module, version and state; binary state as buffers. */
    private JsonObject allStates(List<byte[]> buffers) {
        JsonObject states = new JsonObject();
        JsonArray paths = new JsonArray();
        for (Map.Entry<String, Model> entry : models.entrySet()) {
            Model model = entry.getValue();
            JsonObject one = new JsonObject();
            synchronized (model) {
                for (String key : List.of("model_name", "model_module", "model_module_version")) {
                    one.add(key, model.state.get("_" + key));
                }
                one.add("state", model.state.deepCopy());
                for (Map.Entry<String, byte[]> binary : model.binary.entrySet()) {
                    JsonArray path = new JsonArray();
                    path.add(entry.getKey());
                    path.add("state");
                    path.add(binary.getKey());
                    paths.add(path);
                    buffers.add(binary.getValue());
                }
            }
            states.add(entry.getKey(), one);
        }
        JsonObject data = new JsonObject();
        data.addProperty("method", "update_states");
        data.add("states", states);
        data.add("buffer_paths", paths);
        return data;
    }

    private static JsonObject stateMessage(
            String method, JsonObject state, Map<String, byte[]> binary, List<byte[]> buffers) {
        JsonObject data = new JsonObject();
        if (method != null) {
            data.addProperty("method", method);
        }
        JsonObject copy = state.deepCopy();
        JsonArray paths = new JsonArray();
        for (Map.Entry<String, byte[]> entry : binary.entrySet()) {
            copy.remove(entry.getKey());
            JsonArray path = new JsonArray();
            path.add(entry.getKey());
            paths.add(path);
            buffers.add(entry.getValue());
        }
        data.add("state", copy);
        data.add("buffer_paths", paths);
        return data;
    }

    private static final class Model {
        final JsonObject state;
        final Map<String, byte[]> binary;
        final Consumer<Map<String, Object>> listener;
        volatile Comm comm;

        Model(JsonObject state, Map<String, byte[]> binary, Consumer<Map<String, Object>> listener) {
            this.state = state;
            this.binary = binary;
            this.listener = listener;
        }
    }
}
