"""Runs cells through the installed 'java' kernelspec with jupyter_client and prints each reply and its iopub
messages as JSON, keyed by name. Usage: cell_check.py CELLS_JSON (a list of [name, code]); the kernel starts in the
current directory, with the environment this script has. The Java test asserts on the output.
"""
import json
import sys

from jupyter_client.manager import KernelManager

from kernel_session import TIMEOUT, run


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cells = json.load(f)
    km = KernelManager(kernel_name="java")
    km.start_kernel()
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    results = {name: run(client, code) for name, code in cells}
    client.stop_channels()
    km.shutdown_kernel(now=False)
    print("RESULTS " + json.dumps(results))


if __name__ == "__main__":
    main()
