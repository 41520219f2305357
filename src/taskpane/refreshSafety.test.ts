// M1 and M2 through the pane's actions against the loopback e-Stat server: a refresh that gets no rows keeps
// the old data (clearing only on explicit confirmation), and columns the user added survive a refresh.
import { startEstatFake, type EstatFake } from "../../test/servers/estatFake";
import {
  actionsOverFakes,
  estatNoData,
  loadRequestFor,
  nodeFetch,
  smallTable,
} from "../../test/support/paneOverFake";
import { MSTI_LIKE, startOecdFake, type OecdFake, type RecordedResponse } from "../../test/servers/oecdFake";
import { FakeExcel } from "../playground/excel-fake";
import type { LoadRequest } from "./actions";
import { createActions } from "./createActions";
import { memoryStorage } from "./tableHistory";

const APP_ID = "test-app-id-123";
const never = async () => false;
const spec = (seed = 1) => smallTable({ seed });
const STATUS_1 = estatNoData("T6");

describe("refresh never destroys data", () => {
  let server: EstatFake;
  beforeAll(async () => {
    server = await startEstatFake({ appId: APP_ID });
  });
  afterAll(() => server.close());

  async function loaded(layout: LoadRequest["layout"] = { kind: "long" }) {
    server.setTable("T6", spec());
    const { fake, actions } = await actionsOverFakes(server, APP_ID);
    const info = await actions.openTable({ source: "e-Stat", id: "T6" });
    const request = loadRequestFor(info, { layout, labels: "label" });
    const result = await actions.load(
      request,
      { kind: "newSheet", sheetName: "T6" },
      { confirmOverwrite: never },
    );
    return { fake, actions, result, table: () => fake.workbook.tables[0] };
  }

  it("keeps the old data when the source returns no rows (e-Stat STATUS 1) and says so (M1)", async () => {
    const { fake, actions, result } = await loaded();
    const before = JSON.stringify(fake.snapshot().sheets);
    server.setTable("T6", STATUS_1);
    const [report] = await actions.refresh(result.tableName);
    expect(report).toMatchObject({ status: "empty", rowsRemoved: 0, cellsChanged: 0 });
    expect(JSON.stringify(fake.snapshot().sheets)).toBe(before);
  });

  it("clears the table only when the user confirms (M1)", async () => {
    const { fake, actions, result, table } = await loaded();
    server.setTable("T6", STATUS_1);
    const confirmClear = jest.fn(async () => true);
    const [report] = await actions.refresh(result.tableName, { confirmClear });
    expect(confirmClear).toHaveBeenCalledWith(expect.objectContaining({ tableName: result.tableName }));
    expect(report).toMatchObject({ status: "updated", rowsRemoved: 6 });
    const t = table().rect;
    expect(t.r1 - t.r0).toBe(1);
    expect(fake.values(`T6!A${t.r0 + 2}:C${t.r0 + 2}`)).toEqual([["", "", ""]]);
  });

  it("keeps a formula column the user added and extends it to new rows (M2)", async () => {
    const { fake, actions, result, table } = await loaded({
      kind: "wide",
      rows: ["cat01"],
      columns: ["time"],
    });
    const t0 = table().rect;
    const top = t0.r0 + 1; // 1-based header row
    const memoCol = t0.c1 + 1; // 0-based column right of the table
    const letter = String.fromCharCode(65 + memoCol);
    const valueLetter = String.fromCharCode(65 + t0.c1);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("T6");
      const n = t0.r1 - t0.r0;
      sheet.getRangeByIndexes(t0.r0, memoCol, n + 1, 1).formulas = [
        ["メモ"],
        ...Array.from({ length: n }, (_, i) => [`=${valueLetter}${top + 1 + i}`]),
      ];
      sheet.getCell(t0.r0 + 1, memoCol + 1).values = [["要確認"]];
      context.workbook.tables
        .getItem(result.tableName)
        .resize(sheet.getRangeByIndexes(t0.r0, t0.c0, n + 1, t0.c1 - t0.c0 + 3));
    });
    fake.enter(`T6!${String.fromCharCode(66 + memoCol)}${top}`, "備考");
    server.setTable("T6", {
      ...spec(),
      dims: [
        { id: "cat01", name: "品目", size: 4 },
        { id: "time", name: "時間", size: 2 },
      ],
      rows: 8,
    });
    const [report] = await actions.refresh(result.tableName);
    expect(report).toMatchObject({ status: "updated", rowsAdded: 1 });
    const t1 = table().rect;
    expect(t1.c1).toBe(t0.c1 + 2);
    expect(fake.values(`T6!${letter}${top}`)).toEqual([["メモ"]]);
    for (let i = 0; i < 4; i++)
      expect(fake.cell(`T6!${letter}${top + 1 + i}`)?.formula).toBe(`=${valueLetter}${top + 1 + i}`);
    expect(fake.values(`T6!${String.fromCharCode(66 + memoCol)}${top + 1}`)).toEqual([["要確認"]]);
  });
});

describe("refresh never destroys OECD data", () => {
  // SDMX REST answers a key that matches nothing with HTTP 404 NoRecordsFound; the client turns that into an
  // empty table, and the refresh must treat it as e-Stat STATUS 1: the old rows stay and the report says so.
  const recorded: RecordedResponse[] = [];
  let oecd: OecdFake;
  beforeAll(async () => {
    oecd = await startOecdFake({ recorded });
  });
  afterAll(() => oecd.close());

  it("keeps the old data when OECD answers 404 NoRecordsFound on refresh, and clears only on confirmation (M1)", async () => {
    const fake = new FakeExcel();
    const actions = createActions({
      run: fake.run,
      fetch: nodeFetch,
      storage: memoryStorage(),
      oecdBaseUrl: oecd.baseUrl,
    });
    const info = await actions.openTable({ source: "OECD", id: `${MSTI_LIKE.agency},${MSTI_LIKE.id}` });
    const request = loadRequestFor(info, {
      filters: { REF_AREA: ["JPN"], MEASURE: ["G"], UNIT_MEASURE: ["PT_B1GQ"], PRICE_BASE: ["V"] },
      labels: "code",
      labelLang: "en",
    });
    const result = await actions.load(
      request,
      { kind: "newSheet", sheetName: "MSTI" },
      { confirmOverwrite: never },
    );
    expect(result.rows).toBeGreaterThan(0);
    const before = JSON.stringify(fake.snapshot().sheets);

    recorded.push({ match: /\/data\//, status: 404, contentType: "text/plain", body: "NoRecordsFound" });
    const confirmClear = jest.fn(async () => false);
    const [report] = await actions.refresh(result.tableName, { confirmClear });
    expect(report).toMatchObject({ status: "empty", rowsRemoved: 0, cellsChanged: 0 });
    expect(JSON.stringify(fake.snapshot().sheets)).toBe(before);

    const [cleared] = await actions.refresh(result.tableName, { confirmClear: async () => true });
    expect(cleared).toMatchObject({ status: "updated", rowsRemoved: result.rows });
    recorded.length = 0;
  });
});
