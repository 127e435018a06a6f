"""Sends the installed 'java' kernel bad messages, queued cells, floods, exits and background threads through
jupyter_client, and prints what it answered, as JSON; the kernel's log goes to the file named by the first argument.

Run with JUPYTER_PATH naming the data directory the kernel was installed into. The Java test asserts on the output.
"""

from kernel_session import TIMEOUT, check_and_print, collect, run


DELIMITER = b"<IDS|MSG>"


def stream_text(execution, name="stdout"):
    return "".join(m["content"]["text"] for m in execution["iopub"]
                   if m["type"] == "stream" and m["content"]["name"] == name)


def bad_messages(session, code):
    """Four bad messages for one channel: a wrong signature, no signature, no delimiter, and (signed) bad JSON."""
    msg = session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = session.serialize(msg)  # [DELIMITER, signature, header, parent, metadata, content]
    wrong = [DELIMITER, b"0" * len(frames[1])] + frames[2:]
    unsigned = [DELIMITER, b""] + frames[2:]
    no_delimiter = frames[2:]
    too_few = [DELIMITER, frames[1], frames[2]]
    bad_json = [b"{not json", b"{}", b"{}", b"{}"]
    signed_bad_json = [DELIMITER, session.sign(bad_json)] + bad_json
    return {"wrong_signature": wrong, "unsigned": unsigned, "no_delimiter": no_delimiter,
            "too_few_frames": too_few, "invalid_json": signed_bad_json}


def answered_after_bad_messages(client, channel, get_reply):
    sent = []
    for name, frames in bad_messages(client.session, "int forged = 1;").items():
        channel.socket.send_multipart(frames)
        sent.append(name)
    msg = client.session.msg("kernel_info_request", {})
    channel.send(msg)
    reply = get_reply(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
        reply = get_reply(timeout=TIMEOUT)
    return {"sent": sent, "reply_type": reply["msg_type"], "implementation": reply["content"].get("implementation")}


def queued(client, codes, stop_on_error):
    ids = [client.execute(code, stop_on_error=stop_on_error) for code in codes]
    statuses = {}
    while len(statuses) < len(ids):
        reply = client.get_shell_msg(timeout=TIMEOUT)
        statuses[reply["parent_header"].get("msg_id")] = reply["content"]["status"]
    return [statuses[i] for i in ids]




def check(km):
    results = {}
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)

    results["shell"] = answered_after_bad_messages(client, client.shell_channel, client.get_shell_msg)
    results["control"] = answered_after_bad_messages(client, client.control_channel, client.get_control_msg)
    results["forged_not_run"] = run(client, "forged")["reply"]["status"]
    # Silent, then the history (which must not hold it), then a cell that uses what the silent one declared.
    results["silent"] = run(client, "int quiet = 40;\nquiet + 2", silent=True)

    msg_id = client.history(hist_access_type="tail", n=10)
    reply = client.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = client.get_shell_msg(timeout=TIMEOUT)
    results["history"] = {"type": reply["msg_type"], "content": reply["content"]}
    results["after_silent"] = run(client, "quiet + 2")

    codes = ["1", 'throw new IllegalStateException("second fails");', "3", "4", "5"]
    results["stop_on_error"] = queued(client, codes, True)
    results["no_stop_on_error"] = queued(client, codes, False)

    lines = run(client, 'for (int i = 0; i < 20000; i++) { System.out.println("line " + i); }')
    results["coalesced"] = {"text_ok": stream_text(lines) == "".join("line %d\n" % i for i in range(20000)),
                            "messages": sum(1 for m in lines["iopub"] if m["type"] == "stream")}
    flood = run(client, 'String mib = "x".repeat(1 << 20);\nfor (int i = 0; i < 40; i++) { System.out.print(mib); }')
    results["truncated"] = {"stdout_chars": len(stream_text(flood)), "stderr": stream_text(flood, "stderr")}

    ordered = run(client, 'System.out.println("before");\ndisplay("shown");\nSystem.out.println("after");\n42')
    results["ordered"] = [m["type"] for m in ordered["iopub"]]

    exits = {}
    for code in ["System.exit(3);", "Runtime.getRuntime().exit(4);", "Runtime.getRuntime().halt(5);",
                 "java.util.function.IntConsumer quit = System::exit;\nquit.accept(6);"]:
        execution = run(client, code)
        errors = [m["content"]["traceback"] for m in execution["iopub"] if m["type"] == "error"]
        exits[code] = {"status": execution["reply"]["status"], "traceback": errors[0] if errors else []}
    results["exits"] = exits
    results["after_exits"] = run(client, "1 + 1")

    inside = run(client, 'Thread t = new Thread(() -> System.out.println("inside"));\nt.start();\nt.join();')
    results["thread_inside"] = stream_text(inside)
    # Printed a second after the cell: after its idle status, unless the machine is slow enough that the cell
    # is still finishing then; under that cell's request either way.
    msg_id = client.execute('new Thread(() -> { try { Thread.sleep(1000); } catch (InterruptedException e) { }\n'
                            '    System.out.println("after the cell"); }).start();')
    background = collect(client, msg_id)
    later = ""
    while stream_text(background) + later == "":
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["msg_type"] == "stream" and msg["parent_header"].get("msg_id") == msg_id:
            later += msg["content"]["text"]
    results["thread_after"] = {"during_cell": stream_text(background), "later": later}

    msg_id = client.execute('new java.util.Scanner(System.in).nextLine().toUpperCase()', allow_stdin=True)
    client.get_stdin_msg(timeout=TIMEOUT)
    for frames in bad_messages(client.session, "").values():
        client.stdin_channel.socket.send_multipart(frames)
    client.input("typed")
    results["stdin"] = collect(client, msg_id)

    client.stop_channels()
    km.shutdown_kernel(now=False)
    results["alive_after_shutdown"] = km.is_alive()
    return results


if __name__ == "__main__":
    check_and_print(check)
