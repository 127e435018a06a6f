#!/usr/bin/env bash
# Starts Java kernels headless N times each through real Jupyter (jupyter nbconvert --execute on a two-cell
# notebook), alternating between the kernels so both see the same machine, and reports for each kernel:
# starts, failures, and the median time from launching nbconvert to the first cell's result.
#
#   kernel/reliability/run.sh N [KERNEL...]     KERNEL: ours (default) and/or rapaio
#
# ours   = kernel/target/nll-notebooks-kernel.jar (build it first: mvn -pl kernel -am package), installed with its
#          own installer into a temporary Jupyter data directory;
# rapaio = io.github.padreati:rapaio-jupyter-kernel:3.0.1 from Maven Central, copied into kernel/target/reliability
#          and given the kernelspec its own installer prints (java -jar JAR {connection_file}, message interrupts).
# Both kernelspecs are named "java", so the same notebook runs on each; JUPYTER_PATH picks the kernel.
# A start fails when nbconvert exits non-zero, takes longer than 120 s, or the first cell's result (text/plain, else text/html) is not 42.
# Results: $RELIABILITY_DIR (default kernel/target/reliability)/results.csv, one line per start, and failures/,
# nbconvert's log of each failed start. Point RELIABILITY_DIR elsewhere when a build may clean target/ meanwhile.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 N [ours] [rapaio]" >&2
  exit 2
fi
starts=$1
shift
kernels=("$@")
if [[ ${#kernels[@]} -eq 0 ]]; then
  kernels=(ours rapaio)
fi

module_dir=$(cd "$(dirname "$0")/.." && pwd)
out_dir=${RELIABILITY_DIR:-$module_dir/target/reliability}
python=/usr/bin/python3
if ! command -v jupyter >/dev/null || ! $python -c "import nbclient, nbconvert" 2>/dev/null; then
  echo "Jupyter is missing; install it with: apt-get update && apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out_dir/failures"

for kernel in "${kernels[@]}"; do
  case $kernel in
    ours)
      jar=$module_dir/target/nll-notebooks-kernel.jar
      [[ -f $jar ]] || { echo "$jar is missing: run mvn -pl kernel -am package first" >&2; exit 1; }
      (cd "$work" && java -jar "$jar" install --data-dir "$work/ours" >/dev/null)
      ;;
    rapaio)
      jar=$out_dir/rapaio-jupyter-kernel-3.0.1.jar
      if [[ ! -f $jar ]]; then
        mvn -q -B dependency:copy -Dartifact=io.github.padreati:rapaio-jupyter-kernel:3.0.1 -DoutputDirectory="$out_dir"
      fi
      mkdir -p "$work/rapaio/kernels/java"
      cat >"$work/rapaio/kernels/java/kernel.json" <<EOF
{
  "argv": ["$(command -v java)", "-jar", "$jar", "{connection_file}"],
  "display_name": "Java (rjk 3.0.1)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {"RJK_CLASSPATH": "", "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "", "RJK_TIMEOUT_MILLIS": "-1", "RJK_MIMA_CACHE": "mima_cache"}
}
EOF
      ;;
    *)
      echo "unknown kernel '$kernel' (expected ours or rapaio)" >&2
      exit 2
      ;;
  esac
done

$python - "$work/start.ipynb" <<'EOF'
import sys
import nbformat
nb = nbformat.v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
nb.cells = [nbformat.v4.new_code_cell("int answer = 40 + 2;\nanswer"),
            nbformat.v4.new_code_cell("System.out.println(\"second cell\");")]
nbformat.write(nb, sys.argv[1])
EOF

results=$out_dir/results.csv
echo "kernel,start,ok,start_to_first_result_s,nbconvert_wall_s" >"$results"
for ((i = 1; i <= starts; i++)); do
  for kernel in "${kernels[@]}"; do
    executed=$work/executed-$kernel.ipynb
    rm -f "$executed"
    t0=$(date +%s.%N)
    status=0
    (cd "$work" && JUPYTER_PATH=$work/$kernel timeout 120 jupyter nbconvert --to notebook --execute \
      --ExecutePreprocessor.startup_timeout=60 --ExecutePreprocessor.timeout=60 \
      --output "$executed" "$work/start.ipynb" >"$work/log" 2>&1) || status=$?
    t1=$(date +%s.%N)
    line=$($python - "$executed" "$t0" "$t1" "$status" <<'EOF'
import json, sys
from datetime import datetime
path, t0, t1, status = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
ok, first = 0, ""
try:
    cell = json.load(open(path))["cells"][0]
    # rapaio-jupyter-kernel shows values as text/html only.
    plain = [o.get("data", {}).get("text/plain", o.get("data", {}).get("text/html", "")) for o in cell["outputs"]]
    text = "".join("".join(p) if isinstance(p, list) else p for p in plain)
    reply = cell["metadata"]["execution"]["shell.execute_reply"]
    first = "%.3f" % (datetime.fromisoformat(reply.replace("Z", "+00:00")).timestamp() - t0)
    ok = int(status == 0 and text.strip() == "42")
except (OSError, KeyError, IndexError, ValueError):
    pass
print("%d,%s,%.3f" % (ok, first, t1 - t0))
EOF
)
    echo "$kernel,$i,$line" >>"$results"
    if [[ $line != 1,* ]]; then
      cp "$work/log" "$out_dir/failures/$kernel-$i.log"
    fi
  done
done

$python - "$results" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
for kernel in dict.fromkeys(r["kernel"] for r in rows):
    mine = [r for r in rows if r["kernel"] == kernel]
    ok = [r for r in mine if r["ok"] == "1"]
    first = [float(r["start_to_first_result_s"]) for r in ok]
    wall = [float(r["nbconvert_wall_s"]) for r in ok]
    median = lambda xs: "%.2f s" % statistics.median(xs) if xs else "n/a"
    print("%-7s starts %d  failures %d  median start-to-first-result %s  median nbconvert wall %s"
          % (kernel, len(mine), len(mine) - len(ok), median(first), median(wall)))
EOF
