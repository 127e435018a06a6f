#!/usr/bin/python3
"""Runs a command and says which of its processes used the CPU, grouped by what they were.

    /usr/bin/python3 runner/timing/cpu_by_process.py OUT.tsv -- ./test -o

Every 0.2 s it reads /proc for the command's descendants and keeps, per process, its command line and the most
user + system time seen. A process that lives less than 0.2 s can be missed; the last line compares the sum of the
groups with the command's own total (its children's rusage), so the part missed is printed, not guessed.
The command's output is printed with the seconds since its start in front of each line, and OUT.tsv.timeline
gets the machine's busy processors (from /proc/stat) for every 5 s, so phases that leave a processor idle show.
The groups are written to OUT.tsv (group, processes, CPU seconds), largest first, and to standard output; every
process, with its CPU seconds and command line, to OUT.tsv.processes.
"""
import os
import resource
import subprocess
import sys
import threading
import time

TICKS = os.sysconf("SC_CLK_TCK")


def descendants(root):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError):
            continue
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            found.append(child)
            todo.append(child)
    return found


def sample(pid):
    """(start time, own user + system seconds, command line) or None when the process has gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            command = cmdline.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return None
    # fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15, starttime field 22
    return int(fields[19]), (int(fields[11]) + int(fields[12])) / TICKS, command


def busy_jiffies():
    """(busy, total) jiffies of all processors since boot."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return sum(fields) - idle, sum(fields)


def copy_with_time(stream, start):
    for line in iter(stream.readline, b""):
        sys.stdout.write(f"{time.monotonic() - start:7.1f} {line.decode(errors='replace')}")
        sys.stdout.flush()


def group(command):
    """A short name for what a process is, from its command line."""
    rules = [
        ("plexus.classworlds", "maven"),
        ("nll.kernel", "our kernel (JShell)"),
        ("nll-notebooks-kernel", "our kernel (JShell)"),
        ("jdk.jshell", "JShell remote agent"),
        ("RemoteExecutionControl", "JShell remote agent"),
        ("nbconvert", "jupyter nbconvert"),
        ("jupyter-notebook", "jupyter notebook server"),
        ("jupyter-server", "jupyter notebook server"),
        ("notebook.notebookapp", "jupyter notebook server"),
        ("kernel_test", "jupyter_kernel_test"),
        ("unittest", "jupyter_kernel_test"),
        ("chrom", "chromium"),
        ("node", "node"),
        ("esbuild", "esbuild"),
        ("python", "python (other)"),
        ("java", "java (other)"),
        ("git", "git"),
    ]
    if "surefirebooter" in command:
        module = command.split("/target/surefire")[0].rsplit("/", 1)[-1]
        return f"test JVM of {module}"
    for needle, name in rules:
        if needle in command:
            return name
    return command.split(" ")[0].rsplit("/", 1)[-1] or "?"


def main():
    out, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    printer = threading.Thread(target=copy_with_time, args=(child.stdout, start), daemon=True)
    printer.start()
    processors = os.cpu_count()
    timeline, window = [], (start, busy_jiffies())
    seen = {}
    while child.poll() is None:
        if time.monotonic() - window[0] >= 5:
            now, jiffies = time.monotonic(), busy_jiffies()
            busy = (jiffies[0] - window[1][0]) / max(1, jiffies[1] - window[1][1]) * processors
            timeline.append((window[0] - start, busy))
            window = (now, jiffies)
        for pid in descendants(child.pid) + [child.pid]:
            got = sample(pid)
            if got is not None:
                key = (pid, got[0])
                before = seen.get(key)
                seen[key] = (max(got[1], before[0] if before else 0.0), got[2] or (before[1] if before else ""))
        time.sleep(0.2)
    printer.join(timeout=5)
    wall = time.monotonic() - start
    with open(out + ".timeline", "w") as tsv:
        tsv.write("from_s\tbusy_processors\n")
        for since, busy in timeline:
            tsv.write(f"{since:.0f}\t{busy:.2f}\n")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    groups = {}
    for cpu, cmd in seen.values():
        name = group(cmd)
        count, seconds = groups.get(name, (0, 0.0))
        groups[name] = (count + 1, seconds + cpu)
    rows = sorted(groups.items(), key=lambda item: -item[1][1])
    with open(out + ".processes", "w") as tsv:
        for cpu, cmd in sorted(seen.values(), key=lambda value: -value[0]):
            tsv.write(f"{cpu:.2f}\t{cmd[:400]}\n")
    with open(out, "w") as tsv:
        tsv.write("group\tprocesses\tcpu_s\n")
        for name, (count, seconds) in rows:
            tsv.write(f"{name}\t{count}\t{seconds:.1f}\n")
    for name, (count, seconds) in rows:
        print(f"{seconds:8.1f} s  {count:5d}  {name}")
    sampled = sum(seconds for _, seconds in groups.values())
    print(f"wall {wall:.1f} s, CPU {total:.1f} s (sampled {sampled:.1f} s, missed {total - sampled:.1f} s)")
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
