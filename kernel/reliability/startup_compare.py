#!/usr/bin/python3
"""Start-up of two kernel jars side by side: each is installed with its own installer into a temporary Jupyter data
directory, then the two are started alternately N times through jupyter_client, timing from the start to the
result of `1+1`. Prints the median, minimum and maximum of each.

    /usr/bin/python3 kernel/reliability/startup_compare.py N BEFORE.jar AFTER.jar
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager


def start_to_first_result(data_dir, work):
    os.environ["JUPYTER_PATH"] = data_dir
    started = time.monotonic()
    km = KernelManager(kernel_name="java")
    km.start_kernel(cwd=work)
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    msg_id = client.execute("1+1")
    while True:
        msg = client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_result":
            break
    elapsed = time.monotonic() - started
    client.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed


def main():
    starts, jars = int(sys.argv[1]), sys.argv[2:4]
    work = tempfile.mkdtemp()
    data_dirs = []
    for i, jar in enumerate(jars):
        data_dir = os.path.join(work, "kernel-%d" % i)
        subprocess.run(["java", "-jar", os.path.abspath(jar), "install", "--data-dir", data_dir], check=True,
                       stdout=subprocess.DEVNULL, cwd=work)
        data_dirs.append(data_dir)
    times = [[] for _ in jars]
    for _ in range(starts):
        for i, data_dir in enumerate(data_dirs):
            times[i].append(start_to_first_result(data_dir, work))
    for jar, t in zip(jars, times):
        print("%s median %.3f s min %.3f s max %.3f s starts %d" % (jar, statistics.median(t), min(t), max(t), len(t)))


if __name__ == "__main__":
    main()
