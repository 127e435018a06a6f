#!/usr/bin/python3
"""Times the notebook suite and prints one figure per line as `key value` (seconds, medians over runs).

Run from the project's root after `./run --site` has built everything and installed the kernel:

    /usr/bin/python3 runner/timing/measure.py [RUNS]

probe_*           a probe notebook executed by `jupyter nbconvert --execute`, timed from launching nbconvert:
                  start_to_first_result (cell `1+1`), then each later cell alone from nbclient's recorded timing:
                  the %jars cell, the first library call, the first Tablesaw table, the first XChart image
nbconvert_python  `jupyter nbconvert --version` alone (Python start-up)
notebook_<name>   each notebook's own execution as the runner reports it during the suite
suite_wall        `java -jar runner/target/nll-notebooks-runner.jar site` (every notebook plus the HTML export)
"""
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.getcwd()
LIB_JAR = os.path.join(ROOT, "lib/target/nll-notebooks-lib.jar")
PROBE_CELLS = [
    ("start_to_first_result", "1+1"),
    ("jars_cell", "%jars " + LIB_JAR),
    ("first_library_call", "import nll.distribution.Normal;\nNormal.of(50, 2.5).probability(50, 52.5)"),
    ("first_tablesaw_table", "import tech.tablesaw.api.*;\n"
                             "Table.create(\"t\", DoubleColumn.create(\"x\", new double[] {1, 2})).rowCount()"),
    ("first_xchart_image", "import org.knowm.xchart.*;\n"
                           "var chart = new XYChartBuilder().width(200).height(100).title(\"t\").build();\n"
                           "chart.addSeries(\"s\", new double[] {0, 1}, new double[] {0, 1});\n"
                           "BitmapEncoder.getBufferedImage(chart).getWidth()"),
]


def jupyter_env(work):
    env = dict(os.environ)
    env["JUPYTER_PATH"] = os.path.join(ROOT, ".jupyter-local")
    env["JUPYTER_CONFIG_DIR"] = os.path.join(work, "config")
    env["JUPYTER_RUNTIME_DIR"] = os.path.join(work, "runtime")
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


def timestamp(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def probe(work):
    notebook = {
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "java", "display_name": "Java", "language": "java"}},
        "cells": [{"cell_type": "code", "id": "c%d" % i, "metadata": {}, "execution_count": None,
                   "outputs": [], "source": source} for i, (_, source) in enumerate(PROBE_CELLS)],
    }
    path = os.path.join(work, "probe.ipynb")
    with open(path, "w") as f:
        json.dump(notebook, f)
    start = time.time()
    subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.record_timing=True",
                    "--output", "probe-out", path], env=jupyter_env(work), check=True, capture_output=True)
    with open(os.path.join(work, "probe-out.ipynb")) as f:
        cells = json.load(f)["cells"]
    figures = {}
    for (key, _), cell in zip(PROBE_CELLS, cells):
        if any(o["output_type"] == "error" for o in cell["outputs"]):
            sys.exit("probe cell %s failed: %s" % (key, cell["outputs"]))
        timing = cell["metadata"]["execution"]
        reply = timestamp(timing["shell.execute_reply"])
        figures["probe_" + key] = reply - (start if key == "start_to_first_result"
                                           else timestamp(timing["iopub.execute_input"]))
    return figures


def nbconvert_python(work):
    start = time.time()
    subprocess.run(["jupyter", "nbconvert", "--version"], env=jupyter_env(work), check=True, capture_output=True)
    return {"nbconvert_python": time.time() - start}


def suite():
    start = time.time()
    run = subprocess.run(["java", "-jar", "runner/target/nll-notebooks-runner.jar", "site"],
                         capture_output=True, text=True)
    wall = time.time() - start
    if run.returncode != 0:
        sys.exit("the suite failed:\n" + run.stdout + run.stderr)
    figures = {"suite_wall": wall}
    for name, seconds in re.findall(r"^(\S+)\.ipynb\s+ok \(([\d.]+) s\)", run.stdout, re.MULTILINE):
        figures["notebook_" + name] = float(seconds)
    return figures


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    samples = {}
    with tempfile.TemporaryDirectory() as work:
        for _ in range(runs):
            for figures in (probe(work), nbconvert_python(work), suite()):
                for key, value in figures.items():
                    samples.setdefault(key, []).append(value)
    print("runs %d" % runs)
    for key, values in samples.items():
        print("%s %.2f" % (key, statistics.median(values)))


if __name__ == "__main__":
    main()
