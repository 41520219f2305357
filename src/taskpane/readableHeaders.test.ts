// Issue 14: a loaded table's header reads in the user's language (時間軸コード, 単位, 値, 注記 /
// … Unit, Value, Marker), while the stored query keeps the machine names, so a refresh works for tables
// loaded before this change and after the pane switched language.
import { startEstatFake, type EstatFake } from "../../test/servers/estatFake";
import { actionsOverFakes, loadRequestFor, smallTable } from "../../test/support/paneOverFake";
import { listStoredQueries, saveStoredQuery } from "../excel/storedQueries";
import type { LoadRequest } from "./actions";

const APP_ID = "test-app-id-123";
const never = async () => false;
const spec = (rows = 6, size = 3) => smallTable({ rows, size });

describe("readable headers of loaded tables", () => {
  let server: EstatFake;
  beforeAll(async () => {
    server = await startEstatFake({ appId: APP_ID });
  });
  afterAll(() => server.close());

  async function setup() {
    server.setTable("T6", spec());
    const { fake, actions } = await actionsOverFakes(server, APP_ID);
    const info = await actions.openTable({ source: "e-Stat", id: "T6" });
    const request = (patch: Partial<LoadRequest> = {}) => loadRequestFor(info, patch);
    const header = () => {
      const t = fake.workbook.tables[0].rect;
      return fake.values(`T6!A${t.r0 + 1}:${String.fromCharCode(65 + t.c1)}${t.r0 + 1}`)[0];
    };
    return { fake, actions, request, header };
  }

  it("writes Japanese headers in Japanese mode and keeps the machine names in the stored query", async () => {
    const { fake, actions, request, header } = await setup();
    const preview = await actions.preview(request({ headerLang: "ja" }), 3);
    expect(preview.header).toEqual([
      "品目コード",
      "品目",
      "時間コード",
      "時間",
      "単位",
      "値",
      "注記",
      "注記の意味",
    ]);
    await actions.load(
      request({ headerLang: "ja" }),
      { kind: "newSheet", sheetName: "T6" },
      { confirmOverwrite: never },
    );
    expect(header()).toEqual(preview.header);
    const [q] = await listStoredQueries(fake.run);
    expect(q.columns).toEqual([
      "cat01_code",
      "品目",
      "time_code",
      "時間",
      "unit",
      "value",
      "marker",
      "marker_meaning",
    ]);
    expect(q.headers).toEqual(preview.header);
    expect(q.query).toMatchObject({ headerLang: "ja" });
  });

  it("writes English headers in English mode", async () => {
    const { actions, request, header } = await setup();
    await actions.load(
      request({ headerLang: "en" }),
      { kind: "newSheet", sheetName: "T6" },
      { confirmOverwrite: never },
    );
    expect(header()).toEqual([
      "品目 (code)",
      "品目",
      "時間 (code)",
      "時間",
      "Unit",
      "Value",
      "Marker",
      "Marker meaning",
    ]);
  });

  it("load in ja, switch the pane to en, refresh: the table keeps its headers and takes the new rows", async () => {
    const { fake, actions, request, header } = await setup();
    const r = await actions.load(
      request({ headerLang: "ja" }),
      { kind: "newSheet", sheetName: "T6" },
      { confirmOverwrite: never },
    );
    const before = header();
    await actions.saveSettings({ language: "en" });
    server.setTable("T6", spec(8, 4));
    const [report] = await actions.refresh(r.tableName);
    expect(report).toMatchObject({ status: "updated", rowsAdded: 2 });
    expect(header()).toEqual(before);
    const [q] = await listStoredQueries(fake.run);
    expect(q.columns).toContain("value");
    expect(q.headers).toEqual(before);
  });

  it("refreshes a table loaded before headers were translated without renaming its columns", async () => {
    const { fake, actions, request, header } = await setup();
    const r = await actions.load(
      request(),
      { kind: "newSheet", sheetName: "T6" },
      { confirmOverwrite: never },
    );
    // Make it look like an older load: machine names in the table, no `headers`, no headerLang.
    const [q] = await listStoredQueries(fake.run);
    const t = fake.workbook.tables[0].rect;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("T6").getRangeByIndexes(t.r0, 0, 1, q.columns!.length).values = [
        q.columns!,
      ];
    });
    const { headers: _dropped, ...old } = q;
    const { headerLang: _lang, ...oldQuery } = q.query as Record<string, unknown>;
    await saveStoredQuery(fake.run, { ...old, query: oldQuery as never });
    server.setTable("T6", spec(8, 4));
    const [report] = await actions.refresh(r.tableName);
    expect(report).toMatchObject({ status: "updated", rowsAdded: 2 });
    expect(header()).toEqual(q.columns);
    const [after] = await listStoredQueries(fake.run);
    expect(after.headers).toBeUndefined();
  });
});
