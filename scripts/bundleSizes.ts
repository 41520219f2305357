// What the built task pane page loads before first paint, and what the functions entry (what registers
// SME.*) loads, in bytes raw and gzip -9. Used by bench/startup.bench.ts and the size-budget test
// (test/bundle/bundleSize.test.ts). Lazy chunks (import()) are not counted: they load when the user goes there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileSize {
  file: string;
  raw: number;
  gz: number;
}

export interface SetSize {
  files: FileSize[];
  raw: number;
  gz: number;
}

export function fileSize(dist: string, file: string): FileSize {
  const body = readFileSync(join(dist, file));
  return { file, raw: body.length, gz: gzipSync(body, { level: 9 }).length };
}

function sum(dist: string, files: string[]): SetSize {
  const sizes = files.map((f) => fileSize(dist, f));
  return {
    files: sizes,
    raw: sizes.reduce((a, s) => a + s.raw, 0),
    gz: sizes.reduce((a, s) => a + s.gz, 0),
  };
}

/** The page's own scripts (src of every <script> tag not on another origin), in document order. */
export function pageScripts(dist: string, page = "taskpane.html"): string[] {
  const html = readFileSync(join(dist, page), "utf8");
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (!/^[a-z]+:\/\//i.test(src)) out.push(src);
  }
  return out;
}

/** The scripts of the task pane page (pane + commands + functions, the shared runtime page). */
export function pageSize(dist: string): SetSize {
  return sum(dist, pageScripts(dist));
}

/** runtime + shared chunks + functions.js: what Excel's custom-function runtime needs before SME.* exist. */
export function functionsEntrySize(dist: string): SetSize {
  const entrypoints = JSON.parse(readFileSync(join(dist, "entrypoints.json"), "utf8")) as Record<
    string,
    string[]
  >;
  return sum(dist, entrypoints.functions);
}

export const KiB = 1024;
export const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
