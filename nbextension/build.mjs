// Bundles the classic Notebook's widget extension (src/extension.js) with esbuild into one require.js module,
// nll-widgets/extension.js, committed so that ./run needs no Node.js: ./run installs it with `install` into
// .jupyter-local. Run this after changing src/ or package-lock.json (NbextensionBundleEndToEndTest fails until
// the committed file is what the sources build):
//
//   node nbextension/build.mjs [OUT_FILE]
//
// The browser test page is bundled with the same options (widgetBundleOptions).
import * as esbuild from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BUNDLE = path.join(HERE, "nll-widgets", "extension.js");

/** The options every bundle of the widget manager shares. */
export const widgetBundleOptions = {
  bundle: true,
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".svg": "file" },
  logLevel: "error",
  // The HTML manager sets webpack's public path, which an esbuild bundle does not have.
  banner: { js: 'var __webpack_public_path__ = "";' },
};

// The notebook's require.js modules that extension.js's load() takes, in order.
const NOTEBOOK_MODULES = ["base/js/namespace", "base/js/events", "notebook/js/outputarea", "services/kernels/comm"];

// Style sheets become code that adds them to the page, so that the extension is one file.
const stylesAsCode = {
  name: "styles-as-code",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const css = await esbuild.build({ entryPoints: [args.path], bundle: true, write: false, minify: true,
        loader: { ".svg": "dataurl", ".png": "dataurl" }, logLevel: "error" });
      const text = css.outputFiles[0].text;
      return { loader: "js", contents: "var style = document.createElement('style');\n"
        + "style.textContent = " + JSON.stringify(text) + ";\ndocument.head.appendChild(style);\n" };
    });
  },
};

/** Writes the extension's single file. */
export async function buildExtension(outFile) {
  await esbuild.build({
    ...widgetBundleOptions,
    entryPoints: [path.join(HERE, "src", "extension.js")],
    outfile: outFile,
    format: "iife",
    globalName: "nllWidgets",
    minify: true,
    legalComments: "eof",
    plugins: [stylesAsCode],
    // An AMD module of its own: `define` is hidden inside, so that the bundled UMD packages (Backbone, jQuery)
    // do not register themselves with the notebook's require.js.
    banner: { js: "define(" + JSON.stringify(NOTEBOOK_MODULES) + ", function () {\nvar notebookModules = arguments;"
      + " var define;\n" + widgetBundleOptions.banner.js },
    footer: { js: "return { load_ipython_extension: function () {"
      + " return nllWidgets.load.apply(null, notebookModules); } };\n});" },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExtension(process.argv[2] ? path.resolve(process.argv[2]) : BUNDLE);
}
