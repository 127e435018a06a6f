"""Drives the installed 'java' kernelspec through jupyter_client and prints what the kernel answered, as JSON.

Run with JUPYTER_PATH naming the data directory the kernel was installed into. The Java test asserts on the output.
"""
import json
import queue
import sys
import time

from jupyter_client.manager import KernelManager

from kernel_session import TIMEOUT, collect, run


def request(client, send, reply_type):
    msg_id = send()
    while True:
        reply = client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id and reply["msg_type"] == reply_type:
            return reply["content"]


def main():
    results = {}
    km = KernelManager(kernel_name="java")
    km.start_kernel()
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)

    info = request(client, client.kernel_info, "kernel_info_reply")
    results["kernel_info"] = {"implementation": info["implementation"], "language_info": info["language_info"]}

    results["defined"] = run(client, "int kept = 7;")

    # The loop announces itself on stdout; the interrupt goes out once that has arrived.
    msg_id = client.execute('System.out.println("looping");\nwhile (true) { }\nint never = 1;')
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
            break
    km.interrupt_kernel()
    results["interrupted"] = collect(client, msg_id)
    results["after_interrupt"] = run(client, "kept * 6")

    results["streamed"] = run(client, 'for (int i = 0; i < 3; i++) { System.out.println("tick " + i); Thread.sleep(200); }')

    results["complete"] = request(client, lambda: client.complete("Math.ma", 7), "complete_reply")
    results["is_complete"] = {
        code: request(client, lambda: client.is_complete(code), "is_complete_reply")
        for code in ["int x = 1;", "for (int i = 0; i < 3; i++) {", "int x = );"]}
    results["inspect"] = request(client, lambda: client.inspect("Math.abs(", 9), "inspect_reply")

    km.restart_kernel(now=False)
    client.wait_for_ready(timeout=TIMEOUT)
    results["after_restart_old_variable"] = run(client, "kept")
    results["after_restart"] = run(client, "1 + 1")

    client.stop_channels()
    km.shutdown_kernel(now=False)
    results["alive_after_shutdown"] = km.is_alive()
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
