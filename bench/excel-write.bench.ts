// Loading a 100,000-row × 8-column table into the in-memory Excel through the real adapter
// (writeTableToWorkbook): time, syncs, largest request, against the bound of issue 7
// (syncs ≤ ceil(payload / 4 MB) + 3, no request over 5 MB). Run: npx tsx bench/excel-write.bench.ts
import { FakeExcel, REQUEST_LIMIT_BYTES } from "../src/playground/excel-fake";
import { sampleRequest } from "../src/excel/testData";
import { writeTableToWorkbook } from "../src/excel/writeTable";

const ROWS = 100_000;
const MB = 1024 * 1024;
async function main(): Promise<void> {
  const runs: number[] = [];
  let last: { syncs: number; totalBytes: number; largest: number; adapterSyncs: number } | undefined;

  for (let i = 0; i < 3; i++) {
    const fake = new FakeExcel();
    const req = sampleRequest(ROWS);
    const t0 = performance.now();
    const result = await writeTableToWorkbook(fake.run, req);
    runs.push(performance.now() - t0);
    last = {
      syncs: fake.stats.syncs,
      totalBytes: fake.stats.totalBytes,
      largest: fake.stats.largestRequestBytes,
      adapterSyncs: result.syncs,
    };
  }
  if (!last) throw new Error("no run");
  const bound = Math.ceil(last.totalBytes / (4 * MB)) + 3;
  const median = [...runs].sort((a, b) => a - b)[1];
  console.log(`excel-write: ${ROWS.toLocaleString("en-US")} rows × 8 columns into the fake workbook`);
  console.log(
    `  time (median of 3):   ${median.toFixed(0)} ms   [${runs.map((r) => r.toFixed(0)).join(", ")}]`,
  );
  console.log(
    `  syncs (all):          ${last.syncs} (write run ${last.adapterSyncs}); bound ceil(payload/4 MB)+3 = ${bound}`,
  );
  console.log(`  payload (all syncs):  ${(last.totalBytes / MB).toFixed(2)} MB`);
  console.log(
    `  largest request:      ${(last.largest / MB).toFixed(2)} MB (limit ${(REQUEST_LIMIT_BYTES / MB).toFixed(0)} MB)`,
  );
  if (last.syncs > bound || last.largest >= REQUEST_LIMIT_BYTES) {
    console.error("  FAILED the bound");
    process.exitCode = 1;
  }
}

void main();
