// What the widget browser check and the widget latency benchmark share: the test page bundled with esbuild, a
// Jupyter server on 127.0.0.1 running the project's kernel, headless Chromium opening the page, and the cells of a
// notebook up to its first interactive cell, run in that page.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createServer as createHttpServer } from "node:http";
import { mkdirSync, copyFileSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../browser.mjs";
import * as esbuild from "esbuild";
import { widgetBundleOptions } from "../../../../../nbextension/build.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Bundles page.js (the widget manager and @jupyterlab/services) and copies page.html into outDir. */
export async function buildPage(outDir) {
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({ ...widgetBundleOptions, entryPoints: [path.join(HERE, "page.js")], format: "iife",
    outdir: outDir });
  copyFileSync(path.join(HERE, "page.html"), path.join(outDir, "page.html"));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = server.address().port;
      server.close(() => resolve(port));
    });
  });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

/** Serves the page's directory on 127.0.0.1 (Jupyter serves /files/ sandboxed, where the page could not connect). */
function servePage(pageDir) {
  const server = createHttpServer(async (request, response) => {
    const file = path.join(pageDir, path.basename(new URL(request.url, "http://127.0.0.1").pathname));
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Starts Jupyter Notebook on 127.0.0.1 serving root, with the kernels of JUPYTER_PATH and the environment env
 * added, answering requests from pageOrigin when one is given; resolves when it answers. Jupyter is found as the
 * notebook runner finds it (nll.process.Programs): the JUPYTER variable if set, else `jupyter` on PATH, whose own
 * Python then runs the server.
 */
export async function startJupyter(root, log, { pageOrigin, env } = {}) {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const jupyter = process.env.JUPYTER || "jupyter";
  const args = ["notebook", "--no-browser", "--ip=127.0.0.1", "--port=" + port, "--port-retries=0",
    "--NotebookApp.token=" + token, "--notebook-dir=" + root];
  if (pageOrigin) args.push("--NotebookApp.allow_origin=" + pageOrigin);
  if (process.getuid && process.getuid() === 0) args.push("--allow-root");
  const server = spawn(jupyter, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  await new Promise((resolve, reject) => {
    server.once("spawn", resolve);
    server.once("error", (e) => reject(new Error("`" + jupyter + "` could not be run (set JUPYTER to the jupyter"
      + " command): " + e.message)));
  });
  server.stdout.on("data", (d) => log.push(d.toString()));
  server.stderr.on("data", (d) => log.push(d.toString()));
  const origin = "http://127.0.0.1:" + port;
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error("Jupyter exited:\n" + log.join(""));
    try {
      const response = await fetch(origin + "/api/status?token=" + token);
      if (response.ok) return { server, origin, token };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("Jupyter did not answer within 60 s:\n" + log.join(""));
}

/** The code cells of a notebook up to and including the first one that calls Interact.show. */
export function cellsUpToInteractive(notebookFile) {
  const notebook = JSON.parse(readFileSync(notebookFile, "utf8"));
  const cells = [];
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    cells.push(source);
    if (source.includes("Interact.show(")) return cells;
  }
  throw new Error(notebookFile + " has no cell calling Interact.show(");
}

/**
 * Opens the page from the Jupyter server, starts a kernel for notebookPath (relative to root, so that its %jars
 * line finds the library) and runs its cells up to the interactive one; returns what is needed to drive it.
 */
export async function openInteractiveCell(root, pageDir, notebookPath) {
  const log = [];
  const pageServer = await servePage(pageDir);
  const pageOrigin = "http://127.0.0.1:" + pageServer.address().port;
  const jupyter = await startJupyter(root, log, { pageOrigin });
  const browser = await launchChromium();
  const close = async () => {
    await browser.close().catch(() => {});
    jupyter.server.kill("SIGTERM");
    pageServer.close();
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("requestfailed", (r) => pageErrors.push("request failed: " + r.method() + " " + r.url() + " "
      + r.failure()?.errorText));
    await page.goto(pageOrigin + "/page.html?server=" + encodeURIComponent(jupyter.origin) + "&token="
      + jupyter.token);
    await page.waitForFunction(() => window.widgetPage || document.readyState === "complete");
    if (pageErrors.length > 0) throw new Error("the page failed to load: " + pageErrors.join("\n"));
    await page.evaluate((p) => window.widgetPage.connect(p), notebookPath).catch((e) => {
      throw new Error(e.message + "\n" + pageErrors.join("\n"));
    });
    const cells = cellsUpToInteractive(path.join(root, notebookPath));
    const ran = [];
    for (const code of cells) {
      const result = await page.evaluate((c) => window.widgetPage.execute(c), code);
      ran.push(result);
      if (result.status !== "ok") throw new Error("cell failed:\n" + code + "\n" + result.text);
    }
    return { page, ran, pageErrors, close, serverLog: log };
  } catch (e) {
    await close();
    throw new Error(e.message + "\nJupyter's log:\n" + log.join(""));
  }
}

// What the page shows: the slider readouts, the chart's image (source and a checksum of its pixels), the text.
export async function shownWidgets(page) {
  return page.evaluate(async () => {
    const img = document.querySelector(".widget-image");
    if (img && !img.complete) await new Promise((r) => img.addEventListener("load", r, { once: true }));
    let pixels = null;
    if (img && img.naturalWidth > 0) {
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext("2d");
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum = (sum * 31 + data[i] + 3 * data[i + 1] + 7 * data[i + 2]) % 1e9;
      pixels = sum;
    }
    return {
      sliders: [...document.querySelectorAll(".widget-slider")].map((s) => ({
        label: s.querySelector(".widget-label")?.textContent ?? "",
        readout: s.querySelector(".widget-readout")?.textContent ?? "" })),
      image: img ? { src: img.src, width: img.naturalWidth, height: img.naturalHeight, pixels } : null,
      text: [...document.querySelectorAll(".widget-html-content")].map((e) => e.textContent).join("\n"),
    };
  });
}

/**
 * Drags mu's handle (the first slider's) to the right with the mouse, in small moves, as a learner would, and
 * waits until the slider has moved and the kernel has redrawn for its newest value: the text names the readout.
 */
export async function dragMu(page) {
  const slider = page.locator(".widget-slider").first();
  const start = await slider.locator(".widget-readout").textContent();
  const handle = slider.locator(".noUi-handle");
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(box.x + box.width / 2 + 3 * i, box.y + box.height / 2);
    await page.waitForTimeout(20);
  }
  await page.mouse.up();
  await page.waitForFunction((startReadout) => {
    const readout = document.querySelector(".widget-slider .widget-readout")?.textContent;
    const text = [...document.querySelectorAll(".widget-html-content")].map((e) => e.textContent).join("\n");
    return readout && readout !== startReadout && text.includes("mu = " + readout + ",");
  }, start, { timeout: 60000 });
  await page.waitForTimeout(300);
}
