"""Times the installed 'java' kernel under a few JVM flag sets, through jupyter_client:

  start    launching the kernel to the first cell's result
  cpu      a CPU-bound cell (3 million boxed ints sorted and summed), as the kernel reports it
  lines    a cell printing 2 million short lines, from sending it to its idle status; every line is counted
  rss      the kernel's peak resident memory after the flood (VmHWM)

  /usr/bin/python3 kernel/reliability/flood_and_flags.py DATA_DIR [ROUNDS]

DATA_DIR holds an installed kernelspec (java -jar kernel/target/nll-notebooks-kernel.jar install --data-dir DIR).
Variants are written next to it as kernelspecs java-c1, java-c2 (C1 only or full tiered compilation) with and
without the class-data-sharing archive. Rounds alternate between the variants; medians are printed. Nothing is
asserted: the figures go into kernel/README.md.
"""
import json
import os
import re
import shutil
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 600
LINES = 2_000_000
CPU_CELL = ("long t0 = System.nanoTime();\n"
            "long sum = new Random(1).ints(3_000_000).boxed().sorted().mapToLong(i -> i).sum();\n"
            "(System.nanoTime() - t0) / 1e9")
FLOOD_CELL = 'for (int i = 0; i < %d; i++) { System.out.println("line " + i); }' % LINES


def variants(data_dir):
    spec = json.load(open(os.path.join(data_dir, "kernels", "java", "kernel.json")))
    argv = spec["argv"]
    made = {}
    for tiered in ("c1", "c2"):
        for cds in ("cds", "nocds"):
            name = "java-%s-%s" % (tiered, cds)
            flags = [a for a in argv if a != "-XX:TieredStopAtLevel=1"
                     and (cds == "cds" or not a.startswith("-XX:SharedArchiveFile"))]
            if tiered == "c1":
                flags.insert(1, "-XX:TieredStopAtLevel=1")
            target = os.path.join(data_dir, "kernels", name)
            os.makedirs(target, exist_ok=True)
            json.dump(dict(spec, argv=flags, display_name=name), open(os.path.join(target, "kernel.json"), "w"))
            made[name] = flags
    return made


def execute(client, code):
    msg_id = client.execute(code)
    result, lines, stream_messages = None, 0, 0
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            stream_messages += 1
            lines += msg["content"]["text"].count("\n")
        elif msg["msg_type"] == "execute_result":
            result = msg["content"]["data"]["text/plain"]
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return result, lines, stream_messages


def one_round(name):
    km = KernelManager(kernel_name=name)
    t0 = time.monotonic()
    km.start_kernel(stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    result, _, _ = execute(client, "40 + 2")
    start = time.monotonic() - t0
    assert result == "42", result
    cpu = float(execute(client, CPU_CELL)[0])
    t0 = time.monotonic()
    _, lines, messages = execute(client, FLOOD_CELL)
    flood = time.monotonic() - t0
    pid = km.provisioner.process.pid
    rss = int(re.search(r"VmHWM:\s+(\d+) kB", open("/proc/%d/status" % pid).read()).group(1)) / 1024
    client.stop_channels()
    km.shutdown_kernel(now=True)
    return {"start": start, "cpu": cpu, "lines": flood, "received": lines, "messages": messages, "rss": rss}


def main():
    data_dir = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    os.environ["JUPYTER_PATH"] = data_dir
    made = variants(data_dir)
    runs = {name: [] for name in made}
    for _ in range(rounds):
        for name in made:
            runs[name].append(one_round(name))
    print("%-16s %7s %7s %9s %10s %9s %8s" % ("variant", "start", "cpu", "2M lines", "received", "messages", "peak RSS"))
    for name, rows in runs.items():
        median = lambda key: statistics.median(r[key] for r in rows)
        print("%-16s %6.2fs %6.2fs %8.2fs %10d %9d %6.0f MB" % (name, median("start"), median("cpu"), median("lines"),
              min(r["received"] for r in rows), median("messages"), median("rss")))
    for name in made:
        shutil.rmtree(os.path.join(data_dir, "kernels", name))


if __name__ == "__main__":
    main()
