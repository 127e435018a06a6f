"""What the end-to-end scripts share: executing code on a jupyter_client client and collecting the reply with the
iopub messages of that request, up to its idle status; and running a check on a kernel whose log is kept."""
import json
import sys

from jupyter_client.manager import KernelManager

TIMEOUT = 120


def shell_reply(client, msg_id):
    """The shell reply to msg_id, skipping replies to other requests."""
    reply = client.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = client.get_shell_msg(timeout=TIMEOUT)
    return reply


def iopub_of(client, msg_id, full=False):
    """The iopub messages of the request msg_id, in order, up to its idle status and without status messages:
    type and content, and with full=True also metadata and binary buffers (as latin-1 text), where comm
    messages carry the widget protocol version and an image's bytes."""
    messages = []
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages
        if msg["msg_type"] != "status":
            message = {"type": msg["msg_type"], "content": msg["content"]}
            if full:
                message["metadata"] = msg["metadata"]
                message["buffers"] = [bytes(b).decode("latin-1") for b in msg.get("buffers", [])]
            messages.append(message)


def collect(client, msg_id):
    """The reply to msg_id and the iopub messages of that request, in order, without status messages."""
    reply = shell_reply(client, msg_id)
    return {"reply": reply["content"], "iopub": iopub_of(client, msg_id)}


def run(client, code, **options):
    """Executes code (with execute_request options such as stop_on_error) and collects what it answered."""
    return collect(client, client.execute(code, **options))


def check_and_print(check):
    """Starts the 'java' kernel, its output into the file named by the first argument, runs check(kernel manager),
    and prints its results as JSON with the kernel's log under "log", the session key replaced."""
    log = open(sys.argv[1], "w")
    km = KernelManager(kernel_name="java")
    # The kernel's output goes to the log, so a kernel left behind cannot hold the caller's pipe open.
    km.start_kernel(stdout=log, stderr=log)
    try:
        results = check(km)
    finally:
        if km.is_alive():
            km.shutdown_kernel(now=True)
    log.close()
    key = km.session.key.decode("ascii")
    results["log"] = open(sys.argv[1]).read().replace(key, "<THE KEY>") if key else "no key"
    json.dump(results, sys.stdout)
