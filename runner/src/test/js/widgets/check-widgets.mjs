// Opens notebook 02's interactive cell in headless Chromium through ipywidgets 8's HTML manager, connected to a
// Jupyter server on 127.0.0.1 running the project's kernel, drags the mu slider with the mouse and prints one JSON
// line with what the page showed before and after:
//
//   JUPYTER_PATH=KERNEL_DATA_DIR node check-widgets.mjs PROJECT_ROOT PAGE_DIR
import path from "node:path";
import { buildPage, openInteractiveCell } from "./widget-session.mjs";

const root = path.resolve(process.argv[2]);
const pageDir = path.resolve(process.argv[3]);

// What the page shows: the slider readouts, the chart's image (source and a checksum of its pixels), the text.
async function shown(page) {
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

async function main() {
  await buildPage(pageDir);
  const session = await openInteractiveCell(root, pageDir, process.argv[4] || "notebooks/02-likelihood.ipynb");
  try {
    const { page } = session;
    await page.waitForSelector(".widget-image", { timeout: 60000 });
    const before = await shown(page);
    // Drag mu's handle to the right with the mouse, in small moves, as a learner would.
    const handle = page.locator(".widget-slider").first().locator(".noUi-handle");
    const box = await handle.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(box.x + box.width / 2 + 3 * i, box.y + box.height / 2);
      await page.waitForTimeout(20);
    }
    await page.mouse.up();
    // The kernel redraws for the newest value; wait until the text names the readout the slider shows.
    await page.waitForFunction(() => {
      const readout = document.querySelector(".widget-slider .widget-readout")?.textContent;
      const text = [...document.querySelectorAll(".widget-html-content")].map((e) => e.textContent).join("\n");
      return readout && text.includes("mu = " + readout + ",");
    }, null, { timeout: 60000 });
    await page.waitForTimeout(300);
    const after = await shown(page);
    console.log(JSON.stringify({ before, after, pageErrors: session.pageErrors }));
  } finally {
    await session.close();
  }
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
