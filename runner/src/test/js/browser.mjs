// Headless Chromium for the runner's browser tests: the executable named by CHROMIUM or CHROME, else the first
// Chromium or Chrome on PATH, started with the flags that keep it off the network it must not reach.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

function browserExecutable() {
  const named = process.env.CHROMIUM || process.env.CHROME;
  if (named) return named;
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error("no Chromium found (set CHROMIUM, or install it: sudo apt-get install -y chromium)");
}

/** Starts headless Chromium; as root it needs --no-sandbox. */
export function launchChromium() {
  const args = ["--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--disable-gpu"];
  if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
  return chromium.launch({ executablePath: browserExecutable(), headless: true, args });
}
