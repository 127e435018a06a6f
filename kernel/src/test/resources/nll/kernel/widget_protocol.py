"""Speaks the Jupyter widget protocol (2.1.0, ipywidgets 8) to the installed 'java' kernel through jupyter_client,
as a widget front end would, and prints what the kernel answered, as JSON; the kernel's log goes to the file named by
the first argument. Run with JUPYTER_PATH naming the data directory the kernel was installed into.
"""
import uuid

from kernel_session import TIMEOUT, check_and_print, run

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


def comm_request(client, msg_type, content, buffers=None):
    """Sends a comm message on the shell channel; returns the iopub messages under it up to its idle status."""
    msg = client.session.msg(msg_type, content)
    client.session.send(client.shell_channel.socket, msg, buffers=buffers)
    return iopub_of(client, msg["header"]["msg_id"])


def iopub_of(client, msg_id):
    messages = []
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages
        if msg["msg_type"] != "status":
            messages.append({"type": msg["msg_type"], "content": msg["content"], "metadata": msg["metadata"],
                             "buffers": [bytes(b).decode("latin-1") for b in msg.get("buffers", [])]})


def comm_info(client, target):
    msg = client.session.msg("comm_info_request", {"target_name": target} if target else {})
    client.session.send(client.shell_channel.socket, msg)
    reply = client.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
        reply = client.get_shell_msg(timeout=TIMEOUT)
    return reply["content"]


def update(client, comm_id, state):
    return comm_request(client, "comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": state,
                                                                         "buffer_paths": []}})




def check(km):
    results = {}
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)

    results["front_end_before"] = run(client, "nll.kernel.WidgetBridge.frontEndHasWidgets()")
    control = uuid.uuid4().hex
    comm_request(client, "comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}})
    results["front_end_after"] = run(client, "nll.kernel.WidgetBridge.frontEndHasWidgets()")

    # Collected with their metadata, where the widget protocol version travels.
    opened = {"iopub": iopub_of(client, client.execute(SLIDER))}
    results["opened"] = opened
    slider = next(m["content"]["comm_id"] for m in opened["iopub"] if m["type"] == "comm_open")
    msg = client.session.msg("comm_msg", {"comm_id": slider, "data": {"method": "update", "state": {"value": 7},
                                                                      "buffer_paths": []}})
    client.session.send(client.shell_channel.socket, msg)
    results["update_parent"] = msg["header"]["msg_id"]
    results["update"] = iopub_of(client, msg["header"]["msg_id"])
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
    results["request_states"] = comm_request(client, "comm_msg", {"comm_id": control,
                                                                   "data": {"method": "request_states"}})
    results["info_widget"] = comm_info(client, "jupyter.widget")
    results["info_other"] = comm_info(client, "some.other.target")
    results["info_all"] = comm_info(client, None)
    results["seen_at_end"] = run(client, "seen")
    comm_request(client, "comm_close", {"comm_id": slider, "data": {}})
    results["info_after_close"] = comm_info(client, "jupyter.widget")
    results["still_serving"] = run(client, "1 + 1")
    results["slider"] = slider
    results["control"] = control
    client.stop_channels()
    return results


if __name__ == "__main__":
    check_and_print(check)
