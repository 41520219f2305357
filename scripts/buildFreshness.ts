// Whether `npm run playground` / `npm start` must build before serving: only when something the build
// reads is newer than the last build. The last build is dist/.built-at (written by scripts/start.ts after
// a build it ran) or, for a build run by hand (`npm run build`), the newest file in dist/.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the build reads: sources, rule data, build scripts and configuration. */
export const BUILD_INPUTS = [
  "src",
  "data",
  "scripts",
  "assets",
  "docs/functions",
  "webpack.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "manifest.xml",
];

export const STAMP = ".built-at";

/** Newest modification time (ms) of a file, or of any file under a directory; 0 when absent. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file changes only its directory's time
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export type BuildDecision = { build: true; reason: string } | { build: false; reason: string };

/** Decides whether to build, given the repository root and whether `--build` was passed. */
export function buildDecision(root: string, force: boolean): BuildDecision {
  if (force) return { build: true, reason: "--build given" };
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "playground.html")) || !existsSync(join(dist, "taskpane.html")))
    return { build: true, reason: "dist/ has no build yet" };
  const stamp = join(dist, STAMP);
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : newestMtime(dist);
  for (const input of BUILD_INPUTS) {
    const t = newestMtime(join(root, input));
    if (t > built) return { build: true, reason: `${input} changed since the last build` };
  }
  return { build: false, reason: "dist/ is newer than every build input" };
}
