// Widget latency: from a slider change in the browser to the new chart drawn, for notebook 02's interactive cell
// (an 800x500 chart), in headless Chromium through ipywidgets 8's HTML manager and the project's kernel.
//
//   JUPYTER_PATH=KERNEL_DATA_DIR node bench/widget-latency.mjs [CHANGES] [NOTEBOOK]
//
// with lib/target's jar built and the kernel installed into KERNEL_DATA_DIR (java -jar
// kernel/target/nll-notebooks-kernel.jar install --data-dir KERNEL_DATA_DIR). Each change sets mu on the slider's
// model and saves it, as the slider's view does while dragged; the time runs until the chart image with the new
// picture has loaded and a frame has been painted. Changes are made one after the other, so that none coalesces
// with the next; ten changes first warm up and are not counted. Prints the median and 95th percentile in ms,
// and every time.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPage, openInteractiveCell } from "../runner/src/test/js/widgets/widget-session.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const changes = Number(process.argv[2] || 50);
const notebook = process.argv[3] || "notebooks/02-likelihood.ipynb";

async function main() {
  const pageDir = path.join(root, "bench/target/widget-page");
  await buildPage(pageDir);
  const session = await openInteractiveCell(root, pageDir, notebook);
  try {
    const { page } = session;
    await page.waitForSelector(".widget-image", { timeout: 60000 });
    const times = await page.evaluate(async (count) => {
      const manager = window.widgetPage.manager;
      const models = await Promise.all(Object.values(manager._models));
      const mu = models.find((m) => m.get("description") === "mu");
      const img = document.querySelector(".widget-image");
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const result = [];
      const warmUp = 10;  // the kernel's JIT and the page settle first; these are not counted
      for (let i = 0; i < warmUp + count; i++) {
        const value = 45 + (i % 2 === 0 ? i % 20 : 19 - (i % 20)) * 0.5;  // back and forth over 45..54.5
        const start = performance.now();
        const loaded = new Promise((resolve) => {
          const before = img.src;
          const check = () => {
            if (img.src !== before && img.complete && img.naturalWidth > 0) resolve();
            else setTimeout(check, 0);
          };
          img.addEventListener("load", check);
          check();
        });
        mu.set("value", value === mu.get("value") ? value + 0.1 : value);
        mu.save_changes();
        await loaded;
        await nextFrame();
        if (i >= warmUp) result.push(performance.now() - start);
      }
      return result;
    }, changes);
    const sorted = [...times].sort((a, b) => a - b);
    const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    console.log("changes " + times.length);
    console.log("median_ms " + quantile(0.5).toFixed(1));
    console.log("p95_ms " + quantile(0.95).toFixed(1));
    console.log("times_ms " + times.map((t) => t.toFixed(1)).join(" "));
  } finally {
    await session.close();
  }
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
