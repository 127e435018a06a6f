// Notebook 02's interactive cell in the classic Notebook (6.x), served the way ./run serves it: the project's
// kernel (JUPYTER_PATH) and the nll-widgets nbextension installed and enabled in a Jupyter directory of the
// check's own by nbextension/install, as ./run does it in .jupyter-local. Headless Chromium opens a copy of the
// notebook, runs its cells up to the interactive one, drags the mu slider with the mouse, then restarts the
// kernel and runs them again; prints one JSON line with what the page showed before and after the drag, and
// after the restart:
//
//   JUPYTER_PATH=KERNEL_DATA_DIR node check-notebook-widgets.mjs PROJECT_ROOT WORK_DIR
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { launchChromium } from "../browser.mjs";
import { dragMu, shownWidgets, startJupyter } from "./widget-session.mjs";

const NOTEBOOK = "02-likelihood.ipynb";
const root = path.resolve(process.argv[2]);
const work = path.resolve(process.argv[3]);

// A copy of the notebook beside a link to the library, so that its %jars line resolves and the committed file is
// never saved over.
function notebookCopy() {
  rmSync(work, { recursive: true, force: true });
  const notebooks = path.join(work, "project", "notebooks");
  mkdirSync(notebooks, { recursive: true });
  copyFileSync(path.join(root, "notebooks", NOTEBOOK), path.join(notebooks, NOTEBOOK));
  symlinkSync(path.join(root, "lib"), path.join(work, "project", "lib"));
  return notebooks;
}

// Waits for the extension's widget manager on the notebook's kernel to have opened its control comm.
async function awaitWidgetManager(page) {
  await page.waitForFunction(() => window.Jupyter?.notebook?.kernel?.widget_manager?.connected, null,
    { timeout: 120000 });
  await page.evaluate(() => window.Jupyter.notebook.kernel.widget_manager.connected);
}

// Runs the code cells up to and including the first that calls Interact.show, one at a time, failing on an error.
async function runUpToInteractive(page) {
  const failure = await page.evaluate(async () => {
    const notebook = window.Jupyter.notebook;
    for (const cell of notebook.get_cells()) {
      if (cell.cell_type !== "code") continue;
      await new Promise((resolve) => {
        const finished = (event, data) => {
          if (data.cell !== cell) return;
          notebook.events.off("finished_execute.CodeCell", finished);
          resolve();
        };
        notebook.events.on("finished_execute.CodeCell", finished);
        cell.execute();
      });
      const error = cell.output_area.outputs.find((output) => output.output_type === "error");
      if (error) return cell.get_text() + "\n" + error.ename + ": " + error.evalue;
      if (cell.get_text().includes("Interact.show(")) return null;
    }
    return "no cell calls Interact.show(";
  });
  if (failure) throw new Error("cell failed:\n" + failure);
  await page.waitForSelector(".widget-image", { timeout: 60000 });
}

async function main() {
  const notebooks = notebookCopy();
  const jupyterDir = path.join(work, "jupyter");
  execFileSync("bash", [path.join(root, "nbextension", "install"), jupyterDir],
    { stdio: ["ignore", "pipe", "inherit"] });
  const log = [];
  const env = { JUPYTER_PATH: [process.env.JUPYTER_PATH, jupyterDir].filter(Boolean).join(path.delimiter),
    JUPYTER_CONFIG_PATH: jupyterDir, JUPYTER_CONFIG_DIR: path.join(work, "user-config") };
  const jupyter = await startJupyter(notebooks, log, { env });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(jupyter.origin + "/notebooks/" + NOTEBOOK + "?token=" + jupyter.token);
    await awaitWidgetManager(page);
    await page.evaluate(() => window.Jupyter.notebook.set_autosave_interval(0));
    await runUpToInteractive(page);
    const before = await shownWidgets(page);
    await dragMu(page);
    const after = await shownWidgets(page);
    // A restarted kernel must hear from a new manager that a front end is there, or it shows static pictures.
    await page.evaluate(() => new Promise((resolve, reject) =>
      window.Jupyter.notebook.kernel.restart(resolve, reject)));
    await awaitWidgetManager(page);
    await runUpToInteractive(page);
    const afterRestart = await shownWidgets(page);
    console.log(JSON.stringify({ before, after, afterRestart, pageErrors }));
  } catch (e) {
    throw new Error(e.message + "\nJupyter's log:\n" + log.join(""));
  } finally {
    await browser.close().catch(() => {});
    jupyter.server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
