// Writes the task pane's first frame into dist/taskpane.html (issue 15, first paint): runs after webpack in
// `npm run build`. src/taskpane/prerender.tsx renders the real components with react-dom/server; this
// bundles it for Node with esbuild (production React and Griffel, as in the page), puts the markup in
// #root and Griffel's <style> elements in <head>. Any failure fails the build.
//
// The page's CSP allows it as it stands: style-src 'self' 'unsafe-inline' (scripts/csp.js; Griffel inserts
// <style> at run time for the same reason) and no inline script is added.
//
// #root gets data-prerendered (the state shown: PRERENDERED_STATE) and `inert`: until the page has
// hydrated the markup nothing in it can take focus, a click or typing, so nothing typed is lost and no
// control pretends to work; the page removes `inert` once the pane is live (src/taskpane/mount.tsx).
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** The marker, the markup and the styles put into the built page's HTML. */
export function injectPrerender(html, { state, markup, styles, loadingNote }) {
  const root = /<div id="?root"?\s*><\/div>/;
  if (!root.test(html))
    throw new Error(
      "prerender: dist/taskpane.html has no empty <div id=root> (already prerendered? run webpack first: npm run build)",
    );
  if (!html.includes("</head>")) throw new Error("prerender: dist/taskpane.html has no </head>");
  return html
    .replace("</head>", `${styles}</head>`)
    .replace(root, () => `<div id="root" data-prerendered="${state}" inert>${markup}</div>${loadingNote}`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "sme-prerender-"));
  try {
    const outfile = join(dir, "prerender.cjs");
    await build({
      entryPoints: [join(ROOT, "src/taskpane/prerender.tsx")],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      jsx: "automatic",
      // The page's build is production: the same class names (Griffel's debug names differ) and React.
      define: { "process.env.NODE_ENV": '"production"' },
      outfile,
      logLevel: "warning",
    });
    const require = createRequire(import.meta.url);
    const { prerenderPane, PRERENDERED_STATE } = require(outfile);
    const { html: markup, styles, loadingNote } = prerenderPane();
    // The first frame must show what the start-up bench and users look for: the tabs and the search form.
    for (const [what, re] of [
      ["tabs", /role="tab"/],
      ["search form", /<form[^>]*role="search"/],
      ["search box", /<input[^>]*type="search"/],
      ["styles", /data-make-styles-bucket/],
    ])
      if (!re.test(markup + styles)) throw new Error(`prerender: the first frame has no ${what}`);
    const page = join(ROOT, "dist/taskpane.html");
    const out = injectPrerender(readFileSync(page, "utf8"), {
      state: PRERENDERED_STATE,
      markup,
      styles,
      loadingNote,
    });
    writeFileSync(page, out);
    console.log(
      `prerendered the pane's first frame into dist/taskpane.html (${(markup.length / 1024).toFixed(1)} KiB markup, ${(styles.length / 1024).toFixed(1)} KiB CSS)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
