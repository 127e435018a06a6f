// Opens notebook 02's interactive cell in headless Chromium through ipywidgets 8's HTML manager, connected to a
// Jupyter server on 127.0.0.1 running the project's kernel, drags the mu slider with the mouse and prints one JSON
// line with what the page showed before and after:
//
//   JUPYTER_PATH=KERNEL_DATA_DIR node check-widgets.mjs PROJECT_ROOT PAGE_DIR
import path from "node:path";
import { buildPage, dragMu, openInteractiveCell, shownWidgets } from "./widget-session.mjs";

const root = path.resolve(process.argv[2]);
const pageDir = path.resolve(process.argv[3]);

async function main() {
  await buildPage(pageDir);
  const session = await openInteractiveCell(root, pageDir, process.argv[4] || "notebooks/02-likelihood.ipynb");
  try {
    const { page } = session;
    await page.waitForSelector(".widget-image", { timeout: 60000 });
    const before = await shownWidgets(page);
    await dragMu(page);
    const after = await shownWidgets(page);
    console.log(JSON.stringify({ before, after, pageErrors: session.pageErrors }));
  } finally {
    await session.close();
  }
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
