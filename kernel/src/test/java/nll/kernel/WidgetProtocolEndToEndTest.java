package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comms and the widget protocol 2.1.0 through the installed kernel jar and jupyter_client (widget_protocol.py,
 * which plays a widget front end): a model opened by a cell, the front end's updates reaching the Java listener,
 * echo, request_state, request_states on the control comm, comm_info filtered by target, bad comm traffic, the
 * library's box of widgets, and the control comm after a kernel restart.
 */
@Order(2)
class WidgetProtocolEndToEndTest {

    @TempDir
    static Path work;

    private static JsonObject results;

    @BeforeAll
    static void runTheScript() throws Exception {
        results = InstalledKernel.in(work)
                .check(
                        "widget_protocol.py",
                        Map.of("NLL_LIB_JAR", widgetLibrary().toString()));
    }

    /**
     * The library's widget package as it stands in the source tree ({@code nll.widget} and the {@code Require} it
     * validates with, which need only the JDK), compiled into a jar: the kernel does not depend on the library,
     * so its tests build beside the library's rather than after them.
     */
    private static Path widgetLibrary() throws Exception {
        Path sources =
                Path.of("..", "lib", "src", "main", "java").toAbsolutePath().normalize();
        Map<String, String> files = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> widget = Files.list(sources.resolve("nll/widget"))) {
            paths = new ArrayList<>(
                    widget.filter(p -> p.toString().endsWith(".java")).toList());
        }
        paths.add(sources.resolve("nll/validation/Require.java"));
        for (Path path : paths) {
            files.put(sources.relativize(path).toString(), Files.readString(path));
        }
        return TestJars.jar(work.resolve("nll-widget.jar"), files, Map.of());
    }

    @Test
    void aWidgetFrontEndAnnouncesItselfByOpeningTheControlComm() {
        assertEquals("false", executeResult(results.getAsJsonObject("front_end_before")));
        assertEquals("true", executeResult(results.getAsJsonObject("front_end_after")));
    }

    @Test
    void aModelOpensWithTheControlsModelNamesAndProtocolVersion() {
        JsonObject open = message(results.getAsJsonObject("opened").getAsJsonArray("iopub"), "comm_open");
        assertEquals(
                "jupyter.widget",
                open.getAsJsonObject("content").get("target_name").getAsString());
        assertEquals("2.1.0", open.getAsJsonObject("metadata").get("version").getAsString());
        JsonObject state =
                open.getAsJsonObject("content").getAsJsonObject("data").getAsJsonObject("state");
        assertEquals("IntSliderModel", state.get("_model_name").getAsString());
        assertEquals("@jupyter-widgets/controls", state.get("_model_module").getAsString());
        assertEquals("2.0.0", state.get("_model_module_version").getAsString());
        assertEquals(5, state.get("value").getAsInt());
    }

    @Test
    void theViewIsDisplayedAsAWidgetViewWithPlainText() {
        JsonObject display = message(results.getAsJsonObject("opened").getAsJsonArray("iopub"), "display_data");
        JsonObject data = display.getAsJsonObject("content").getAsJsonObject("data");
        JsonObject view = data.getAsJsonObject("application/vnd.jupyter.widget-view+json");
        assertEquals(results.get("slider").getAsString(), view.get("model_id").getAsString());
        assertEquals(2, view.get("version_major").getAsInt());
        assertEquals("k = 5", data.get("text/plain").getAsString());
    }

    @Test
    void anUpdateReachesTheJavaListenerAndIsEchoedUnderTheFrontEndsMessage() {
        assertEquals("[7]", executeResult(results.getAsJsonObject("seen_after_update")));
        // widget_protocol.py collects only the messages whose parent is its update.
        JsonObject echo = data(results.getAsJsonArray("update"));
        assertEquals("echo_update", echo.get("method").getAsString());
        assertEquals(7, echo.getAsJsonObject("state").get("value").getAsInt());
    }

    @Test
    void aRefusedValueIsAnsweredWithTheCurrentValueAndNeverReachesTheListener() {
        JsonObject revert = data(results.getAsJsonArray("refused"));
        assertEquals("update", revert.get("method").getAsString());
        assertEquals(7, revert.getAsJsonObject("state").get("value").getAsInt());
        assertEquals("[7]", executeResult(results.getAsJsonObject("seen_at_end")));
    }

    @Test
    void requestStateAndRequestStatesSendTheWholeState() {
        JsonObject state = data(results.getAsJsonArray("request_state"));
        assertEquals("update", state.get("method").getAsString());
        assertEquals(
                "IntSliderModel",
                state.getAsJsonObject("state").get("_model_name").getAsString());
        assertEquals(7, state.getAsJsonObject("state").get("value").getAsInt());

        JsonObject states = data(results.getAsJsonArray("request_states"));
        assertEquals("update_states", states.get("method").getAsString());
        JsonObject slider = states.getAsJsonObject("states")
                .getAsJsonObject(results.get("slider").getAsString());
        assertEquals("IntSliderModel", slider.get("model_name").getAsString());
        assertEquals(7, slider.getAsJsonObject("state").get("value").getAsInt());
    }

    @Test
    void aBoxOfTheLibraryOpensItsChildrenFirstAndReferencesThemByModelId() {
        JsonArray iopub = results.getAsJsonArray("box");
        List<JsonObject> opens = new ArrayList<>();
        for (JsonElement message : iopub) {
            if (message.getAsJsonObject().get("type").getAsString().equals("comm_open")) {
                opens.add(message.getAsJsonObject());
            }
        }
        List<String> models = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonObject open : opens) {
            JsonObject content = open.getAsJsonObject("content");
            JsonObject state = content.getAsJsonObject("data").getAsJsonObject("state");
            models.add(state.get("_model_name").getAsString() + "/"
                    + state.get("_view_name").getAsString());
            ids.add(content.get("comm_id").getAsString());
            assertEquals("jupyter.widget", content.get("target_name").getAsString());
            assertEquals("@jupyter-widgets/controls", state.get("_model_module").getAsString());
            assertEquals("2.0.0", state.get("_model_module_version").getAsString());
            assertEquals(
                    "2.1.0", open.getAsJsonObject("metadata").get("version").getAsString());
        }
        assertEquals(List.of("IntSliderModel/IntSliderView", "LabelModel/LabelView", "HBoxModel/HBoxView"), models);
        JsonObject row =
                opens.get(2).getAsJsonObject("content").getAsJsonObject("data").getAsJsonObject("state");
        List<String> children = new ArrayList<>();
        row.getAsJsonArray("children").forEach(child -> children.add(child.getAsString()));
        assertEquals(List.of("IPY_MODEL_" + ids.get(0), "IPY_MODEL_" + ids.get(1)), children);

        // The row is the cell's value: its view, not "null".
        JsonObject data =
                message(iopub, "execute_result").getAsJsonObject("content").getAsJsonObject("data");
        assertEquals(
                ids.get(2),
                data.getAsJsonObject("application/vnd.jupyter.widget-view+json")
                        .get("model_id")
                        .getAsString());
        assertEquals("n = 3, steps", data.get("text/plain").getAsString());
    }

    @Test
    void afterARestartTheControlCommAnswersWithTheWidgetsOfTheNewKernelOnly() {
        JsonObject restart = results.getAsJsonObject("restart");
        assertEquals("false", executeResult(restart.getAsJsonObject("front_end_before")));
        assertEquals("true", executeResult(restart.getAsJsonObject("front_end_after")));
        JsonObject before = data(restart.getAsJsonArray("states_before"));
        assertEquals("update_states", before.get("method").getAsString());
        assertEquals(0, before.getAsJsonObject("states").size(), "no widget survives a restart");
        JsonObject after = data(restart.getAsJsonArray("states_after")).getAsJsonObject("states");
        assertEquals(List.of(restart.get("slider").getAsString()), List.copyOf(after.keySet()));
        assertEquals(
                "IntSliderModel",
                after.getAsJsonObject(restart.get("slider").getAsString())
                        .get("model_name")
                        .getAsString());
    }

    @Test
    void commInfoListsTheOpenCommsOfTheTargetAsked() {
        String slider = results.get("slider").getAsString();
        String control = results.get("control").getAsString();
        assertEquals(List.of(slider), List.copyOf(comms("info_widget").keySet()));
        assertEquals(List.of(), List.copyOf(comms("info_other").keySet()));
        assertTrue(comms("info_all").keySet().containsAll(List.of(slider, control)));
        assertEquals(List.of(), List.copyOf(comms("info_after_close").keySet()));
    }

    @Test
    void badCommTrafficIsLoggedAnsweredWhereTheProtocolSaysAndTheKernelServesOn() {
        JsonObject stray = results.getAsJsonObject("unknown_target");
        JsonObject close = message(stray.getAsJsonArray("iopub"), "comm_close");
        assertEquals(
                stray.get("comm_id").getAsString(),
                close.getAsJsonObject("content").get("comm_id").getAsString());
        for (String quiet : List.of("malformed", "no_method", "unknown_method", "unknown_comm")) {
            assertEquals(0, results.getAsJsonArray(quiet).size(), quiet + " is dropped without an answer");
        }
        String log = results.get("log").getAsString();
        for (String line : List.of(
                "refused: value must be a number, got seven",
                "state is \"oops\"; dropped",
                "widget message without a method",
                "unknown widget method fly",
                "comm_msg for unknown comm no-such-comm",
                "comm_open for unknown target no.such.target")) {
            assertTrue(log.contains(line), line + "\n" + log);
        }
        assertEquals("2", executeResult(results.getAsJsonObject("still_serving")));
    }

    private static JsonObject comms(String name) {
        return results.getAsJsonObject(name).getAsJsonObject("comms");
    }

    /** The data of the one comm_msg in {@code messages}. */
    private static JsonObject data(JsonArray messages) {
        return message(messages, "comm_msg").getAsJsonObject("content").getAsJsonObject("data");
    }

    private static JsonObject message(JsonArray messages, String type) {
        JsonObject found = null;
        for (JsonElement message : messages) {
            if (message.getAsJsonObject().get("type").getAsString().equals(type)) {
                assertEquals(null, found, "one " + type + " expected in " + messages);
                found = message.getAsJsonObject();
            }
        }
        assertTrue(found != null, "no " + type + " in " + messages);
        return found;
    }

    private static String executeResult(JsonObject execution) {
        return message(execution.getAsJsonArray("iopub"), "execute_result")
                .getAsJsonObject("content")
                .getAsJsonObject("data")
                .get("text/plain")
                .getAsString();
    }
}
