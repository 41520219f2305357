// The fake's own request accounting (wire.ts) and partial-batch fault injection.
import { FakeExcel } from "./FakeExcel";
import { REQUEST_LIMIT_BYTES } from "./wire";

describe("request accounting from the Office.js request body", () => {
  it("builds the body Office.js sends: object paths for the objects, an action per call, values as JSON", async () => {
    const fake = new FakeExcel();
    let body: unknown;
    fake.beforeSync((info) => void (body = info.requestBody()));
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(1, 2, 1, 2).values = [["製造業", 3]];
    });
    const { Actions, ObjectPaths } = body as { Actions: object[]; ObjectPaths: Record<string, object> };
    expect(Object.values(ObjectPaths)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ObjectPathType: 3,
          Name: "GetItem",
          ArgumentInfo: { Arguments: ["Sheet1"] },
        }),
        expect.objectContaining({
          ObjectPathType: 3,
          Name: "GetRangeByIndexes",
          ArgumentInfo: { Arguments: [1, 2, 1, 2] },
        }),
        expect.objectContaining({ ObjectPathType: 4, Name: "Worksheets" }),
      ]),
    );
    expect(Actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ActionType: 1 }),
        expect.objectContaining({
          ActionType: 4,
          Name: "Values",
          ArgumentInfo: { Arguments: [[["製造業", 3]]] },
        }),
      ]),
    );
    expect(fake.stats.largestRequestBytes).toBe(Buffer.byteLength(JSON.stringify(body), "utf8"));
  });

  it("counts calls and objects, not only values: 25,000 one-cell writes in one request exceed 5 MB", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      for (let r = 0; r < 25_000; r++) sheet.getRangeByIndexes(r, 0, 1, 1).values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(fake.values("Sheet1!A1")).toEqual([[""]]);
  });
});

describe("partial-batch failures (fault injection)", () => {
  it("failSync with afterOperations applies the first operations of the batch, then rejects", async () => {
    const fake = new FakeExcel();
    fake.failSync(1, undefined, { afterOperations: 2 });
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        for (const [i, a] of ["A1", "A2", "A3", "A4"].entries()) sheet.getRange(a).values = [[i + 1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.values("Sheet1!A1:A4")).toEqual([[1], [2], [""], [""]]);
    expect(fake.stats.rejectedSyncs).toBe(1);
  });

  it("failOperation fails the first matching operation, keeping what came before it in that batch", async () => {
    const fake = new FakeExcel();
    fake.failOperation("TableCollection.add");
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1:B2").values = [
          ["a", "b"],
          [1, 2],
        ];
        sheet.tables.add("A1:B2", true);
        sheet.getRange("D1").values = [["after"]];
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.values("Sheet1!A1:B2")).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
    expect(fake.workbook.tables).toHaveLength(0);
    expect(fake.values("Sheet1!D1")).toEqual([[""]]);
    // One-shot: the same batch succeeds afterwards.
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().tables.add("A1:B2", true);
    });
    expect(fake.workbook.tables).toHaveLength(1);
  });
});
