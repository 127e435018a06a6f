#!/usr/bin/python3
"""Starts the installed 'java' kernel N times through jupyter_client while injecting a fault in most starts, and
reports how many starts reached the result of `1 + 1` (2) within 60 s, per fault, with the median time from
launch to that result. The figures are printed, not asserted.

    JUPYTER_PATH=DATA_DIR /usr/bin/python3 kernel/reliability/fault_starts.py [N] [LOG_DIR]

The faults, in turn (N/4 starts each):
  clean        no fault: the reference
  bad-messages as soon as the process is launched, before it has answered anything, a badly signed execute
               request and four other malformed messages on shell and control (no delimiter, too few frames, no
               signature, invalid JSON) and raw garbage frames
  interrupt    an interrupt request (the kernelspec's interrupt mode is "message") right after launch, while JShell
               starts, and a second one while the first cell waits for JShell
  killed       once the kernel answered, a cell that loops forever, the kernel killed in the middle of it
               (SIGKILL), and restarted; the restarted kernel must answer
Each kernel's log (its stdout and stderr) goes to LOG_DIR (default: a temporary directory), named by start.
"""
import os
import statistics
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

DELIMITER = b"<IDS|MSG>"
TIMEOUT = 60
FAULTS = ("clean", "bad-messages", "interrupt", "killed")


def malformed(session):
    msg = session.msg("execute_request", {"code": "int forged = 1;", "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = session.serialize(msg)
    bad_json = [b"{not json", b"{}", b"{}", b"{}"]
    return [
        [DELIMITER, b"0" * len(frames[1])] + frames[2:],   # wrong signature
        [DELIMITER, b""] + frames[2:],                      # unsigned
        frames[2:],                                         # no delimiter
        [DELIMITER, frames[1], frames[2]],                  # too few frames
        [DELIMITER, session.sign(bad_json)] + bad_json,     # signed, invalid JSON
        [b"\x00\xff garbage", os.urandom(64)],              # raw garbage
    ]


def first_result(client, started):
    """Seconds from `started` to the execute_result of 1 + 1, or an exception naming what went wrong."""
    msg_id = client.execute("1 + 1")
    deadline = started + TIMEOUT
    while True:
        msg = client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            text = msg["content"]["data"].get("text/plain")
            if text != "2":
                raise AssertionError("1 + 1 gave %r" % text)
            return time.monotonic() - started
        if msg["msg_type"] == "error":
            raise AssertionError("1 + 1 failed: %s" % msg["content"]["evalue"])


def one_start(fault, log_path):
    log = open(log_path, "w")
    km = KernelManager(kernel_name="java")
    started = time.monotonic()
    km.start_kernel(stdout=log, stderr=log)
    client = km.client()
    client.start_channels()
    try:
        if fault == "bad-messages":
            for frames in malformed(client.session):
                client.shell_channel.socket.send_multipart(frames)
                client.control_channel.socket.send_multipart(frames)
        elif fault == "interrupt":
            km.interrupt_kernel()
        client.wait_for_ready(timeout=TIMEOUT)
        if fault == "interrupt":
            km.interrupt_kernel()
        elif fault == "killed":
            client.execute("long spins = 0; while (true) { spins++; }")
            time.sleep(1.0)
            client.stop_channels()
            km.restart_kernel(now=True)  # kills the process (SIGKILL) and launches a new one
            started = time.monotonic()
            client = km.client()
            client.start_channels()
            client.wait_for_ready(timeout=TIMEOUT)
        return first_result(client, started), None
    except Exception as e:  # every failure is counted and named, never raised
        return None, "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")
    finally:
        client.stop_channels()
        if km.has_kernel:
            km.shutdown_kernel(now=True)
        log.close()


def main():
    starts = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    log_dir = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="fault-starts-")
    os.makedirs(log_dir, exist_ok=True)
    times = {f: [] for f in FAULTS}
    failures = {f: [] for f in FAULTS}
    try:
        run_starts(starts, log_dir, times, failures)
    except KeyboardInterrupt:
        print("interrupted: the figures below are for the starts made so far")
    report(starts, log_dir, times, failures)


def run_starts(starts, log_dir, times, failures):
    for i in range(starts):
        fault = FAULTS[i % len(FAULTS)]
        seconds, failure = one_start(fault, os.path.join(log_dir, "start-%03d-%s.log" % (i, fault)))
        if failure is None:
            times[fault].append(seconds)
        else:
            failures[fault].append((i, failure))
            print("start %d (%s) failed: %s" % (i, fault, failure), flush=True)
        if (i + 1) % 20 == 0:
            answered = sum(len(t) for t in times.values())
            print("%d starts, %d answered" % (i + 1, answered), flush=True)


def report(starts, log_dir, times, failures):
    print()
    print("| fault        | starts | answered | failures | median launch to 1 + 1 |")
    print("|--------------|-------:|---------:|---------:|-----------------------:|")
    for fault in FAULTS:
        n = len(times[fault]) + len(failures[fault])
        median = "%.2f s" % statistics.median(times[fault]) if times[fault] else "-"
        print("| %-12s | %6d | %8d | %8d | %22s |" % (fault, n, len(times[fault]), len(failures[fault]), median))
    total = sum(len(t) for t in times.values())
    made = total + sum(len(f) for f in failures.values())
    print()
    print("%d of %d starts answered 1 + 1 = 2 (%d planned); kernel logs in %s" % (total, made, starts, log_dir))


if __name__ == "__main__":
    main()
