// Opens every page of the generated site in headless Chromium, served over HTTP from 127.0.0.1 by this script,
// with every request to another host blocked, and prints one JSON line per page with what it found:
//
//   node check-site.mjs SITE_DIR
//
// Chromium is CHROMIUM (or CHROME) if set, else the first of chromium, chromium-browser, google-chrome on PATH.
import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { launchChromium } from "./browser.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".png": "image/png", ".svg": "image/svg+xml"
};
// The same delimiters the site's render-math.js hands to KaTeX: display first, so $$ is not read as two $.
const FORMULA = /\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\\([\s\S]+?\\\)|\$[^$]+?\$/g;

function serve(root) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise(resolve => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Opens one page, counts what it shows and follows its internal links; returns what it found. */
async function checkPage(context, root, origin, name) {
  const page = await context.newPage();
  const blocked = [];
  await page.route("**/*", route => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const pageErrors = [];
  page.on("pageerror", error => pageErrors.push(String(error)));
  // Scripts, style sheets and fonts must load too, or the math renders without its fonts.
  const failedRequests = [];
  page.on("requestfailed", request => failedRequests.push(request.url()));
  page.on("response", answer => { if (answer.status() >= 400) failedRequests.push(answer.url()); });
  const source = await readFile(path.join(root, name), "utf8");
  const response = await page.goto(origin + "/" + name, { waitUntil: "networkidle" });
  // Count the formulas in the page as served (outside pre, code, script and style) in the browser's parser.
  const counts = await page.evaluate(({ html, formula }) => {
    const visibleText = root => {
      const clone = root.cloneNode(true);
      clone.querySelectorAll("pre, code, script, style, .katex, nav").forEach(e => e.remove());
      return clone.textContent;
    };
    const served = new DOMParser().parseFromString(html, "text/html");
    const written = (visibleText(served.body).match(new RegExp(formula, "g")) || []).length;
    const rendered = [...document.querySelectorAll(".katex")].filter(e => !e.parentElement.closest(".katex")).length;
    const errors = document.querySelectorAll(".katex-error").length;
    const left = visibleText(document.body);
    const raw = ["$$", "\\(", "\\)", "\\[", "\\]"].filter(d => left.includes(d));
    // Markdown link syntax left as text, as in "[the author's blog](https://...)": a link that did not render.
    const rawLinks = left.match(/\[[^\]\n]+\]\([^)\s]+\)/g) || [];
    const images = [...document.images];
    const broken = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => (i.src || "").slice(0, 60));
    const links = [...document.querySelectorAll("a[href]")].map(a => a.href);
    return { written, rendered, errors, raw, rawLinks, images: images.length, broken, links };
  }, { html: source, formula: FORMULA.source });
  const internal = [...new Set(counts.links.filter(l => l.startsWith(origin + "/")).map(l => l.split("#")[0]))];
  const badLinks = [];
  for (const link of internal) {
    const answer = await context.request.get(link);
    if (answer.status() !== 200) badLinks.push(link.slice(origin.length) + " -> " + answer.status());
  }
  await page.close();
  return {
    page: name, status: response.status(), formulasWritten: counts.written, formulasRendered: counts.rendered,
    katexErrors: counts.errors, rawDelimiters: counts.raw, rawMarkdownLinks: counts.rawLinks, images: counts.images,
    brokenImages: counts.broken,
    internalLinks: internal.length, badLinks, blockedRequests: blocked, pageErrors,
    failedRequests: failedRequests.filter(url => url.startsWith(origin + "/"))
  };
}

async function main() {
  const root = path.resolve(process.argv[2] || "");
  const pages = (await readdir(root)).filter(name => name.endsWith(".html")).sort();
  if (pages.length === 0) throw new Error("no .html pages in " + root);
  const server = await serve(root);
  const origin = "http://127.0.0.1:" + server.address().port;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    // Two pages at a time: a page's checks keep one processor busy, and the suite's machine has two.
    const results = new Array(pages.length);
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const index = next++;
        results[index] = await checkPage(context, root, origin, pages[index]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
    results.forEach(result => console.log(JSON.stringify(result)));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch(error => { console.error(error.stack || String(error)); process.exit(1); });
