// Builds the e-Stat page parse worker (src/cli/estatPageWorker.ts) the way scripts/build-cli.mjs does, into a
// temporary folder, for tests and benches that run from source (a worker thread cannot load TypeScript).
import { buildSync } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let built: string | undefined;

export function pageWorkerFile(): string {
  if (built) return built;
  const outfile = join(mkdtempSync(join(tmpdir(), "sme-page-worker-")), "estat-page-worker.js");
  buildSync({
    entryPoints: [join(__dirname, "../../src/cli/estatPageWorker.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
  });
  return (built = outfile);
}
