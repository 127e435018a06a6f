"""CPU time of a kernel start and a notebook's first cells, with full tiered compilation and with C1 only:

  /usr/bin/python3 kernel/reliability/start_cpu.py DATA_DIR LIB_JAR [ROUNDS]

DATA_DIR holds an installed kernelspec (java -jar kernel/target/nll-notebooks-kernel.jar install --data-dir DIR);
LIB_JAR is the library jar (lib/target/nll-notebooks-lib.jar). Each round starts the kernel once per variant
(JDK_JAVA_OPTIONS empty, then -XX:TieredStopAtLevel=1) through jupyter_client, runs `1+1`, `%jars LIB_JAR`, a
library call and an 800x500 XChart image, and reads the kernel process's user and system CPU time from /proc
after the start and after each cell. CPU time, unlike wall time, hardly depends on what else the machine runs,
so the variants can be compared on a busy machine. Prints one line per start and the medians; asserts nothing.
"""
import os
import statistics
import sys

from jupyter_client.manager import KernelManager

TICKS = os.sysconf("SC_CLK_TCK")
VARIANTS = {"tiered": "", "C1 only": "-XX:TieredStopAtLevel=1"}


def cells(lib_jar):
    return [("1+1", "1+1"),
            ("%jars", "%jars " + lib_jar),
            ("library", "import nll.distribution.Normal;\nNormal.of(50, 2.5).pdf(50)"),
            ("chart", "import org.knowm.xchart.*;\n"
                      "var c = new XYChartBuilder().width(800).height(500).build();\n"
                      "c.addSeries(\"s\", new double[] {0, 1}, new double[] {0, 1});\n"
                      "BitmapEncoder.getBufferedImage(c).getWidth()")]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime and stime, after the state field


def one_start(options, lib_jar):
    env = dict(os.environ, JDK_JAVA_OPTIONS=options)
    manager = KernelManager(kernel_name="java")
    manager.start_kernel(env=env)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=300)
        pid = manager.provisioner.process.pid
        figures = [("start", cpu_seconds(pid))]
        for name, code in cells(lib_jar):
            reply = client.execute_interactive(code, timeout=300, output_hook=lambda message: None)
            if reply["content"]["status"] != "ok":
                raise SystemExit(f"cell {name} failed: {reply['content']}")
            figures.append((name, cpu_seconds(pid)))
        return figures
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    os.environ["JUPYTER_PATH"] = sys.argv[1]
    lib_jar = os.path.abspath(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    totals = {variant: [] for variant in VARIANTS}
    for _ in range(rounds):
        for variant, options in VARIANTS.items():
            figures = one_start(options, lib_jar)
            totals[variant].append(figures[-1][1])
            print(f"{variant:8} " + "  ".join(f"{name} {seconds:.2f}" for name, seconds in figures), flush=True)
    for variant, values in totals.items():
        print(f"median CPU seconds, start to the chart, {variant}: {statistics.median(values):.2f}")


if __name__ == "__main__":
    main()
