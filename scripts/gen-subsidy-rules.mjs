// Writes docs/subsidy-rules.md from data/programs/*.json (src/core/subsidy/rulesDoc.ts). Run by
// `npm run gen:data` and `npm run build` after the data indexes; test/unit/subsidyDocs.test.ts
// fails when the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { loadTsModule } = require("./loadTs.js");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { renderRulesDoc } = loadTsModule(join(root, "src/core/subsidy/rulesDoc.ts"));
const out = join(root, "docs/subsidy-rules.md");
const text = renderRulesDoc();
let old = "";
try {
  old = readFileSync(out, "utf8");
} catch {
  /* first run */
}
if (old !== text) writeFileSync(out, text);
console.log(`docs/subsidy-rules.md${old === text ? " (unchanged)" : " written"}`);
