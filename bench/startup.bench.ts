// Start-up of the shared-runtime page (issue 15), before and after, in one run on this machine:
//  - sizes (gzip -9) of what dist/taskpane.html loads before first paint and of the functions entry;
//  - in Chromium with the CPU throttled 4× (Emulation.setCPUThrottlingRate) and a slow network
//    (Network.emulateNetworkConditions: 1.6 Mbps down, 150 ms latency, cache off): time from navigation
//    to every SME.* id associated, to the pane's first meaningful paint (the tabs and the search form,
//    styled, with text: since the build prerenders that frame into the HTML it no longer waits for the
//    scripts), and to the pane being live (hydrated, taking input), plus the bytes that had arrived by
//    first paint. The page's scripts ("before paint" until the prerender) and its HTML are sized apart.
// "Before" is the build of BASE_COMMIT (main when issue 15 was taken up), made once in a git worktree
// under /tmp (or START_BASE_DIST=<dist dir>); "after" is ./dist (run `npm run build` first).
// The page is served from loopback with gzip, as nginx serves it; office.js is replaced by a small stub
// (same for both builds: Office.onReady says Excel, CustomFunctions.associate records the time).
// Run: flock /tmp/heavy.lock npx tsx bench/startup.bench.ts   (RUNS=5 for more samples)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../test/e2e/browser";
import { fileSize, functionsEntrySize, kib, pageSize } from "../scripts/bundleSizes";

const BASE_COMMIT = process.env.BASE_COMMIT ?? "e73f5f3";
const RUNS = Number(process.env.RUNS ?? 3);
const ROOT = resolve(__dirname, "..");
const CPU_RATE = 4;
const NETWORK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

function baseDist(): string {
  if (process.env.START_BASE_DIST) return resolve(process.env.START_BASE_DIST);
  const dir = `/tmp/sme-startup-base-${BASE_COMMIT}`;
  const dist = join(dir, "dist");
  if (existsSync(join(dist, "entrypoints.json"))) return dist;
  console.log(`building ${BASE_COMMIT} in ${dir} (once) …`);
  if (!existsSync(dir)) {
    execFileSync("git", ["-C", ROOT, "worktree", "add", "--detach", dir, BASE_COMMIT], { stdio: "inherit" });
    // hard links: seconds, no install
    execFileSync("cp", ["-al", join(ROOT, "node_modules"), join(dir, "node_modules")]);
  }
  execFileSync("npm", ["run", "build"], { cwd: dir, stdio: "inherit" });
  return dist;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

const OFFICE_STUB = (ids: number) => `
(function () {
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    onReady: function (cb) { if (cb) cb(info); return Promise.resolve(info); },
    context: { displayLanguage: "ja-JP", requirements: { isSetSupported: function () { return true; } } },
    actions: { associate: function () {} },
  };
  var registered = new Set();
  function CFError(code, message) { var e = new Error(message || ""); e.code = code; return e; }
  window.CustomFunctions = {
    associate: function (id) {
      registered.add(String(id).toUpperCase());
      if (registered.size === ${ids} && window.__associated === undefined) window.__associated = performance.now();
    },
    Error: CFError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  // First meaningful paint: the first frame in which the pane shows its tabs and the search form, styled
  // (Fluent's theme variables and Griffel's classes applied: the tab is laid out as a grid, not a bare button) and with text.
  // Since the build prerenders that frame into the HTML (scripts/prerender.mjs), it can come before any of
  // the page's scripts has run; "live" is the first frame in which the pane also takes input (React has
  // hydrated or rendered it: #root is no longer inert). Before the prerender both are the same frame.
  function shown() {
    var tab = document.querySelector('[role="tab"]');
    var input = document.querySelector('form[role="search"] input');
    if (!tab || !input || !tab.textContent.trim()) return false;
    var style = getComputedStyle(tab);
    var box = tab.getBoundingClientRect();
    return style.display === "grid" && style.getPropertyValue("--colorNeutralForeground1") !== "" && box.width > 0;
  }
  function frame() {
    if (window.__painted === undefined && shown()) window.__painted = performance.now();
    var root = document.getElementById("root");
    if (window.__painted !== undefined && window.__live === undefined && root && !root.hasAttribute("inert") && shown())
      window.__live = performance.now();
    if (window.__live === undefined) requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();`;

/** dist/ over loopback, gzip -9 as nginx would send it, with office.js replaced by the stub. */
async function serve(dist: string): Promise<{ url: string; server: Server }> {
  const ids = (JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: unknown[] })
    .functions.length;
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    let body: Buffer;
    let type: string;
    if (path === "/__bench/office.js") {
      body = Buffer.from(OFFICE_STUB(ids));
      type = TYPES[".js"];
    } else {
      const file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
      body = readFileSync(file);
      if (path === "/taskpane.html")
        body = Buffer.from(
          body
            .toString("utf8")
            .replace("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "__bench/office.js"),
        );
      type = TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
    }
    let gz = cache.get(path);
    if (!gz) cache.set(path, (gz = gzipSync(body, { level: 9 })));
    res.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", "Cache-Control": "no-store" });
    res.end(gz);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`, server };
}

interface Sample {
  associated: number;
  painted: number;
  live: number;
  bytesBeforePaint: number;
}

async function measure(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...NETWORK });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () =>
      (window as unknown as { __associated?: number }).__associated !== undefined &&
      (window as unknown as { __live?: number }).__live !== undefined,
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const r = await page.evaluate(() => {
    const w = window as unknown as { __associated: number; __painted: number; __live: number };
    const bytes = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.responseEnd <= w.__painted)
      .reduce((a, e) => a + e.transferSize, 0);
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return {
      associated: w.__associated,
      painted: w.__painted,
      live: w.__live,
      bytesBeforePaint: bytes + nav.transferSize,
    };
  });
  await context.close();
  return r;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const before = baseDist();
  const after = join(ROOT, "dist");
  if (!existsSync(join(after, "entrypoints.json"))) throw new Error("build first: npm run build");
  const rev = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"]).toString().trim();

  const sizes = [before, after].map((d) => ({
    page: pageSize(d),
    html: fileSize(d, "taskpane.html"),
    fns: functionsEntrySize(d),
  }));
  console.log(`before = ${BASE_COMMIT} (${before}), after = ${rev} (./dist)`);
  console.log("\nsize, gzip -9                     before        after   after/before");
  const row = (name: string, a: number, b: number, fmt: (n: number) => string) =>
    console.log(`${name.padEnd(32)} ${fmt(a).padStart(10)} ${fmt(b).padStart(12)}   ${(b / a).toFixed(2)}×`);
  row("task pane page before paint", sizes[0].page.gz, sizes[1].page.gz, kib);
  row("  (raw)", sizes[0].page.raw, sizes[1].page.raw, kib);
  row("task pane HTML", sizes[0].html.gz, sizes[1].html.gz, kib);
  row("functions entry", sizes[0].fns.gz, sizes[1].fns.gz, kib);
  row("  (raw)", sizes[0].fns.raw, sizes[1].fns.raw, kib);
  console.log(`  page scripts before: ${sizes[0].page.files.map((f) => f.file).join(", ")}`);
  console.log(`  page scripts after:  ${sizes[1].page.files.map((f) => f.file).join(", ")}`);

  const servers = await Promise.all([before, after].map(serve));
  const browser = await launchBrowser();
  const samples: Sample[][] = [[], []];
  try {
    await measure(browser, servers[1].url); // warm-up (browser start, disk cache of the files)
    for (let k = 0; k < RUNS; k++)
      for (let i = 0; i < 2; i++) samples[i].push(await measure(browser, servers[i].url));
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `\nChromium, CPU ${CPU_RATE}× slower, ${(NETWORK.downloadThroughput * 8e-6).toFixed(1)} Mbps / ${NETWORK.latency} ms, no cache; median of ${RUNS}`,
  );
  console.log("                                   before        after   speed-up");
  const trow = (name: string, pick: (s: Sample) => number, goal = "") => {
    const a = median(samples[0].map(pick));
    const b = median(samples[1].map(pick));
    console.log(
      `${name.padEnd(32)} ${ms(a).padStart(10)} ${ms(b).padStart(12)}   ${(a / b).toFixed(2)}×   ${goal}`,
    );
  };
  trow("navigation → all SME.* associated", (s) => s.associated, "goal ≥ 2×");
  trow("navigation → first pane paint", (s) => s.painted, "goal ≥ 2×");
  trow("navigation → pane live (input)", (s) => s.live);
  const b0 = median(samples[0].map((s) => s.bytesBeforePaint));
  const b1 = median(samples[1].map((s) => s.bytesBeforePaint));
  console.log(
    `${"bytes on the wire before paint".padEnd(32)} ${kib(b0).padStart(10)} ${kib(b1).padStart(12)}`,
  );
  for (let i = 0; i < 2; i++)
    console.log(
      `  ${i ? "after " : "before"} samples (associated/paint/live): ${samples[i].map((s) => `${ms(s.associated)}/${ms(s.painted)}/${ms(s.live)}`).join(", ")}`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
