"""What the end-to-end scripts share: executing code on a jupyter_client client and collecting the reply with the
iopub messages of that request, up to its idle status."""

TIMEOUT = 120


def collect(client, msg_id):
    """The reply to msg_id and the iopub messages of that request, in order, without status messages."""
    reply = client.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = client.get_shell_msg(timeout=TIMEOUT)
    messages = []
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        if msg["msg_type"] != "status":
            messages.append({"type": msg["msg_type"], "content": msg["content"]})
    return {"reply": reply["content"], "iopub": messages}


def run(client, code, **options):
    """Executes code (with execute_request options such as stop_on_error) and collects what it answered."""
    return collect(client, client.execute(code, **options))
