"""Speaks the Jupyter widget protocol (2.1.0, ipywidgets 8) to the installed 'java' kernel through jupyter_client,
as a widget front end would, and prints what the kernel answered, as JSON; the kernel's log goes to the file named by
the first argument. Run with JUPYTER_PATH naming the data directory the kernel was installed into, and NLL_LIB_JAR
the library's jar.
"""
import os
import uuid

from kernel_session import TIMEOUT, check_and_print, iopub_of, run, shell_reply

SLIDER = """import nll.kernel.WidgetBridge;
java.util.List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
java.util.Map<String, Object> state = new java.util.HashMap<>(java.util.Map.of(
        "_model_name", "IntSliderModel", "_model_module", "@jupyter-widgets/controls",
        "_model_module_version", "2.0.0", "_view_name", "IntSliderView",
        "_view_module", "@jupyter-widgets/controls", "_view_module_version", "2.0.0",
        "value", 5, "min", 0, "max", 10, "description", "k"));
String slider = WidgetBridge.open(state, java.util.Map.of(), changes -> {
    Object value = changes.get("value");
    if (!(value instanceof Number)) throw new IllegalArgumentException("value must be a number, got " + value);
    seen.add(((Number) value).intValue());
});
WidgetBridge.display(slider, "k = 5");
"""

# The library's widgets (NLL_LIB_JAR) through the kernel: a row whose children are referenced by model id.
BOX = """import nll.widget.Box;
import nll.widget.IntSlider;
import nll.widget.Label;
Box.row(IntSlider.of("n", 0, 10, 3), Label.of("steps")).show()
"""


def comm_request(client, msg_type, content, buffers=None):
    """Sends a comm message on the shell channel; returns the iopub messages under it up to its idle status."""
    msg = client.session.msg(msg_type, content)
    client.session.send(client.shell_channel.socket, msg, buffers=buffers)
    return iopub_of(client, msg["header"]["msg_id"], full=True)


def comm_info(client, target):
    msg = client.session.msg("comm_info_request", {"target_name": target} if target else {})
    client.session.send(client.shell_channel.socket, msg)
    return shell_reply(client, msg["header"]["msg_id"])["content"]


def update(client, comm_id, state):
    return comm_request(client, "comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": state,
                                                                         "buffer_paths": []}})


def open_control(client):
    """Opens the jupyter.widget.control comm, as a widget manager does when it connects to a kernel."""
    control = uuid.uuid4().hex
    comm_request(client, "comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}})
    return control


def request_states(client, control):
    return comm_request(client, "comm_msg", {"comm_id": control, "data": {"method": "request_states"}})


def box(client):
    """A row of the library's slider and label, shown as the cell's value; its iopub messages."""
    jars = run(client, "%jars " + os.environ["NLL_LIB_JAR"])
    assert jars["reply"]["status"] == "ok", jars
    return iopub_of(client, client.execute(BOX), full=True)


def after_restart(km):
    """What a widget front end sees when the kernel restarts and it reconnects, as JupyterLab does: the control
    comm opens again and request_states answers with the live widgets, none and then the one made since."""
    km.restart_kernel(now=True)
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    results = {"front_end_before": run(client, "nll.kernel.WidgetBridge.frontEndHasWidgets()")}
    control = open_control(client)
    results["front_end_after"] = run(client, "nll.kernel.WidgetBridge.frontEndHasWidgets()")
    results["states_before"] = request_states(client, control)
    opened = iopub_of(client, client.execute(SLIDER), full=True)
    results["slider"] = next(m["content"]["comm_id"] for m in opened if m["type"] == "comm_open")
    results["states_after"] = request_states(client, control)
    client.stop_channels()
    return results


def check(km):
    results = {}
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)

    results["front_end_before"] = run(client, "nll.kernel.WidgetBridge.frontEndHasWidgets()")
    control = open_control(client)
    results["front_end_after"] = run(client, "nll.kernel.WidgetBridge.frontEndHasWidgets()")

    # Collected with their metadata, where the widget protocol version travels.
    opened = {"iopub": iopub_of(client, client.execute(SLIDER), full=True)}
    results["opened"] = opened
    slider = next(m["content"]["comm_id"] for m in opened["iopub"] if m["type"] == "comm_open")
    msg = client.session.msg("comm_msg", {"comm_id": slider, "data": {"method": "update", "state": {"value": 7},
                                                                      "buffer_paths": []}})
    client.session.send(client.shell_channel.socket, msg)
    results["update_parent"] = msg["header"]["msg_id"]
    results["update"] = iopub_of(client, msg["header"]["msg_id"], full=True)
    results["seen_after_update"] = run(client, "seen")
    results["refused"] = update(client, slider, {"value": "seven"})
    results["malformed"] = comm_request(client, "comm_msg", {"comm_id": slider,
                                                             "data": {"method": "update", "state": "oops"}})
    results["no_method"] = comm_request(client, "comm_msg", {"comm_id": slider, "data": {"value": 3}})
    results["unknown_method"] = comm_request(client, "comm_msg", {"comm_id": slider, "data": {"method": "fly"}})
    results["unknown_comm"] = comm_request(client, "comm_msg", {"comm_id": "no-such-comm",
                                                                "data": {"method": "update", "state": {}}})
    stray = uuid.uuid4().hex
    results["unknown_target"] = {"comm_id": stray, "iopub": comm_request(
        client, "comm_open", {"comm_id": stray, "target_name": "no.such.target", "data": {}})}
    results["request_state"] = comm_request(client, "comm_msg", {"comm_id": slider,
                                                                 "data": {"method": "request_state"}})
    results["request_states"] = request_states(client, control)
    results["info_widget"] = comm_info(client, "jupyter.widget")
    results["info_other"] = comm_info(client, "some.other.target")
    results["info_all"] = comm_info(client, None)
    results["seen_at_end"] = run(client, "seen")
    comm_request(client, "comm_close", {"comm_id": slider, "data": {}})
    results["info_after_close"] = comm_info(client, "jupyter.widget")
    results["box"] = box(client)
    results["still_serving"] = run(client, "1 + 1")
    results["slider"] = slider
    results["control"] = control
    client.stop_channels()
    results["restart"] = after_restart(km)
    return results


if __name__ == "__main__":
    check_and_print(check)
