// How far below Excel on the web's 5 MB request limit real loads stay, measured by the fake's own accounting
// (the JSON body Office.js would send, src/playground/excel-fake/wire.ts) next to the adapter's own estimate
// (SyncMeter, src/excel/payload.ts, budget 4 MB). Loads go through the real adapters: writeTableToWorkbook
// and replaceTableData. Run: npm run bench -- excel-payload
import { FakeExcel, REQUEST_LIMIT_BYTES, type SyncInfo } from "../src/playground/excel-fake";
import { REQUEST_BUDGET_BYTES } from "../src/excel/payload";
import { replaceTableData } from "../src/excel/replaceTableData";
import { sampleRequest, sampleRows } from "../src/excel/testData";
import type { SourceCell } from "../src/excel/types";
import { writeTableToWorkbook } from "../src/excel/writeTable";

const MB = 1_000_000;
const ROWS = 100_000;

interface Measured {
  name: string;
  requests: number;
  largestFake: number;
  largestAdapter: number;
  totalFake: number;
  largestResponse: number;
}

function record(fake: FakeExcel): number[] {
  const sizes: number[] = [];
  fake.beforeSync((info: SyncInfo) => void sizes.push(info.bytes));
  return sizes;
}

async function load(name: string, rows: SourceCell[][], header?: string[]): Promise<Measured> {
  const fake = new FakeExcel();
  const sizes = record(fake);
  const req = sampleRequest(0, { rows, ...(header ? { header, numberFormats: undefined } : {}) });
  const result = await writeTableToWorkbook(fake.run, req);
  return {
    name,
    requests: sizes.length,
    largestFake: Math.max(...sizes),
    largestAdapter: result.largestRequestBytes,
    totalFake: fake.stats.totalBytes,
    largestResponse: fake.stats.largestResponseBytes,
  };
}

async function refresh(): Promise<Measured> {
  const fake = new FakeExcel();
  const first = await writeTableToWorkbook(fake.run, sampleRequest(ROWS));
  fake.resetStats();
  const sizes = record(fake);
  const rows = sampleRows(ROWS + 1_000).map((r) => r.map((v) => (typeof v === "number" ? v + 1 : v)));
  const result = await replaceTableData(fake.run, first.tableName, sampleRequest(0).header, rows);
  return {
    name: `refresh ${ROWS.toLocaleString("en-US")} → ${(ROWS + 1_000).toLocaleString("en-US")} rows`,
    requests: sizes.length,
    largestFake: Math.max(...sizes),
    largestAdapter: result.largestRequestBytes,
    totalFake: fake.stats.totalBytes,
    largestResponse: fake.stats.largestResponseBytes,
  };
}

async function main(): Promise<void> {
  const japanese = Array.from({ length: ROWS }, (_, i) => [
    `東京都千代田区${i % 100}丁目`,
    "製造業（食料品・飲料・たばこ・飼料）",
    "資本金1千万円以上1億円未満",
    "売上高（百万円）",
  ]);
  const numbers = Array.from({ length: ROWS }, (_, i) => [
    i,
    i * 1.5,
    (i * 7919) % 1000003,
    i / 7,
    2000 + (i % 24),
  ]);
  const results = [
    await load(`${ROWS.toLocaleString("en-US")} rows × 8 (e-Stat long layout sample)`, sampleRows(ROWS)),
    await load(`${ROWS.toLocaleString("en-US")} rows × 4, Japanese text only`, japanese, [
      "地域",
      "産業",
      "規模",
      "項目",
    ]),
    await load(`${ROWS.toLocaleString("en-US")} rows × 5, numbers only`, numbers, ["a", "b", "c", "d", "e"]),
    await refresh(),
  ];
  console.log(
    `excel-payload: request sizes of real loads, fake's own count (Office.js request body) vs the adapter's estimate`,
  );
  console.log(
    `  limit ${(REQUEST_LIMIT_BYTES / MB).toFixed(1)} MB (5,000,000 bytes), adapter budget ${(REQUEST_BUDGET_BYTES / MB).toFixed(2)} MB`,
  );
  let failed = false;
  for (const r of results) {
    const headroom = 1 - r.largestFake / REQUEST_LIMIT_BYTES;
    console.log(`  ${r.name}`);
    console.log(
      `    requests ${r.requests}; largest: fake ${(r.largestFake / MB).toFixed(3)} MB, adapter ${(r.largestAdapter / MB).toFixed(3)} MB` +
        ` (fake/adapter ${(r.largestFake / r.largestAdapter).toFixed(3)}); ${(headroom * 100).toFixed(1)}% below 5 MB;` +
        ` all requests ${(r.totalFake / MB).toFixed(2)} MB; largest response ${(r.largestResponse / MB).toFixed(3)} MB`,
    );
    if (r.largestFake >= REQUEST_LIMIT_BYTES) failed = true;
  }
  if (failed) {
    console.error("  FAILED: a request reached the 5 MB limit");
    process.exitCode = 1;
  }
}

void main();
