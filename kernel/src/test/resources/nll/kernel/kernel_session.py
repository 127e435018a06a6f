"""What the end-to-end scripts share: executing code on a jupyter_client client and collecting the reply with the
iopub messages of that request, up to its idle status; and running a check on a kernel whose log is kept."""
import json
import sys

from jupyter_client.manager import KernelManager

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
