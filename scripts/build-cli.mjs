// Bundles the sme-stats CLI into one file for the package's `bin`: dist/cli/sme-stats.js (Node, CommonJS,
// with a shebang and the executable bit), and beside it the worker that parses e-Stat pages. exceljs stays
// external (a runtime dependency), so it loads from node_modules only when --format xlsx is used.
import { build } from "esbuild";
import { chmodSync } from "node:fs";

const outfile = "dist/cli/sme-stats.js";
await build({
  entryPoints: ["src/cli/sme-stats.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  outfile,
  external: ["exceljs"],
  legalComments: "none",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
// The e-Stat page parse worker (src/cli/estatPageWorkers.ts finds it next to the CLI).
await build({
  entryPoints: ["src/cli/estatPageWorker.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist/cli/estat-page-worker.js",
  legalComments: "none",
  logLevel: "warning",
});
console.log(`built ${outfile} and dist/cli/estat-page-worker.js`);
