// Issue 13 "prove the class is gone": 200 random sequences of loads, refreshes, cancels, user edits and
// faults; the invariants are in test/model/workbookModel.ts. `npm run bench -- workbook-model` runs 10,000.
import fc from "fast-check";
import { Harness, commands, runSequence } from "../model/workbookModel";

describe("loads and refreshes under random edits and faults (model-based)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it("keeps every invariant over 200 sequences", async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        await runSequence(h, cmds);
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 200), verbose: true },
    );
  }, 600_000);
});
