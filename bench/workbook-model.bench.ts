// Issue 13: the model-based suite of test/unit/workbookModel.test.ts at 10,000 sequences (MODEL_RUNS to
// change): random loads, refreshes, cancels, user edits and faults against the Excel fake and the loopback
// e-Stat server, every invariant checked after every command. Reports the count, the time and the slowest
// sequence. Run: npx tsx bench/workbook-model.bench.ts (or npm run bench -- workbook-model)
import fc from "fast-check";
import { Harness, commands, runSequence } from "../test/model/workbookModel";

const RUNS = Number(process.env.MODEL_RUNS ?? 10_000);

async function main(): Promise<void> {
  const h = await Harness.start();
  let count = 0;
  let commandsRun = 0;
  let slowest = { ms: 0, sequence: "" };
  const t0 = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const list = [...cmds];
        const ms = await runSequence(h, list);
        count++;
        commandsRun += list.length;
        if (ms > slowest.ms) slowest = { ms, sequence: list.map(String).join(", ") };
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  } finally {
    await h.close();
  }
  const total = (performance.now() - t0) / 1000;
  console.log(
    `workbook-model: ${count.toLocaleString("en-US")} sequences, ${commandsRun.toLocaleString("en-US")} commands, 0 invariant failures`,
  );
  console.log(`  total ${total.toFixed(1)} s, mean ${((total * 1000) / count).toFixed(1)} ms per sequence`);
  console.log(`  slowest ${slowest.ms.toFixed(1)} ms: [${slowest.sequence}]`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
