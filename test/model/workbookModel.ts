// Model-based test of loads and refreshes (fast-check commands): random sequences of loads (new sheet / at
// the selection), refreshes, cancels, user edits and faults against the Excel fake and the loopback e-Stat
// server, with the invariants of issue 13 checked after every command:
//  - a table is either its old state or exactly the source's new state (a fresh load of the same query);
//  - a load or refresh that did not succeed leaves the whole workbook as it was;
//  - cells the user typed outside loaded ranges, and sheets the user made, are untouched;
//  - the appId is in no cell, custom XML part, workbook setting, browser storage entry (other than the
//    Settings entry that is meant to hold it) or message;
//  - a refresh's report (rows added/removed, cells changed) matches the diff of the table.
// Shared by the jest suite (200 sequences) and bench/workbook-model.bench.ts (10,000).
import fc from "fast-check";
import { describeError } from "../../src/core/errors/messages";
import { FakeExcel, type WorkbookSnapshot } from "../../src/playground/excel-fake";
import type { LoadRequest, RefreshReport, TableInfo, TaskpaneActions } from "../../src/taskpane/actions";
import type { KeyValueStorage } from "../../src/taskpane/actions";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { actionsOverFakes, estatNoData, loadRequestFor, smallTable } from "../support/paneOverFake";

export const APP_ID = "model-app-id-7f3a9c";
const NO_RETRY = { retries: 0, minIntervalMs: 0 };
const TABLE = "TM";
/** Columns from here right are the user's own area on Sheet1: no load ever targets them. */
const USER_COL = 40;

export type Fault =
  | { kind: "none" }
  | { kind: "network" }
  | { kind: "status1" }
  | { kind: "syncFail"; at: number }
  | { kind: "partial"; at: number; after: number }
  | { kind: "cancel"; at: number };

interface Version {
  seed: number;
  size: number;
}

const specOf = (v: Version) => smallTable({ size: v.size, seed: v.seed, title: "モデル表" });
const STATUS_1 = estatNoData(TABLE);

class InspectableStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, String(v));
  removeItem = (k: string) => void this.map.delete(k);
}

type Cell = string | number | boolean;

export interface World {
  server: EstatFake;
  fake: FakeExcel;
  storage: InspectableStorage;
  actions: TaskpaneActions;
  info: TableInfo;
  version: Version;
  /** Cells the user typed outside loaded ranges: sheet → address → what they typed. */
  userCells: Map<string, Map<string, string>>;
  /** Ids of sheets the user made. */
  userSheets: Set<string>;
  messages: string[];
  reference: Map<string, { header: string[]; rows: Cell[][] }>;
}

export class Harness {
  private constructor(readonly server: EstatFake) {}

  static async start(): Promise<Harness> {
    return new Harness(await startEstatFake({ appId: APP_ID }));
  }
  close(): Promise<void> {
    return this.server.close();
  }

  private reference = new Map<string, { header: string[]; rows: Cell[][] }>();

  async world(): Promise<World> {
    const version = { seed: 1, size: 3 };
    this.server.setOptions({ failures: [] });
    this.server.setTable(TABLE, specOf(version));
    const storage = new InspectableStorage();
    const { fake, actions } = await actionsOverFakes(this.server, APP_ID, { storage, http: NO_RETRY });
    const info = await actions.openTable({ source: "e-Stat", id: TABLE });
    return {
      server: this.server,
      fake,
      storage,
      actions,
      info,
      version,
      userCells: new Map(),
      userSheets: new Set(),
      messages: [],
      reference: this.reference,
    };
  }
}

export function requestOf(w: World, wide: boolean): LoadRequest {
  return loadRequestFor(w.info, {
    layout: wide ? { kind: "wide", rows: ["cat01"], columns: ["time"] } : { kind: "long" },
    labels: "label",
  });
}

/** What a fresh load of this query writes for the current source version (cached per version). */
async function expected(w: World, wide: boolean): Promise<{ header: string[]; rows: Cell[][] }> {
  const key = `${w.version.seed}:${w.version.size}:${wide}`;
  const hit = w.reference.get(key);
  if (hit) return hit;
  const { fake: scratch, actions } = await actionsOverFakes(w.server, APP_ID, { http: NO_RETRY });
  await actions.openTable(w.info.ref);
  await actions.load(
    requestOf(w, wide),
    { kind: "newSheet", sheetName: "ref" },
    { confirmOverwrite: async () => false },
  );
  const t = scratch.workbook.tables[0];
  const all = scratch.values(`ref!${rangeOf(t.rect)}`) as Cell[][];
  const out = { header: all[0].map(String), rows: all.slice(1) };
  w.reference.set(key, out);
  return out;
}

const col = (c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const rangeOf = (r: { r0: number; c0: number; r1: number; c1: number }) =>
  `${col(r.c0)}${r.r0 + 1}:${col(r.c1)}${r.r1 + 1}`;

interface TableState {
  id: string;
  name: string;
  sheet: string;
  values: Cell[][];
  wide: boolean;
}

function tables(w: World): Map<string, TableState> {
  const out = new Map<string, TableState>();
  for (const t of w.fake.workbook.tables) {
    const sheet = w.fake.workbook.sheets.find((s) => s.id === t.sheetId)!;
    const values = w.fake.values(`'${sheet.name}'!${rangeOf(t.rect)}`) as Cell[][];
    out.set(t.name, {
      id: t.id,
      name: t.name,
      sheet: sheet.name,
      values,
      wide: values[0].includes("2000年") || values[0].some((h) => /年$/.test(String(h))),
    });
  }
  return out;
}

/** Applies a fault to the next action; returns how to undo it and the abort signal for cancels. */
function arm(w: World, fault: Fault): { signal?: AbortSignal; disarm: () => void } {
  const { fake, server } = w;
  const startSyncs = fake.stats.syncs;
  switch (fault.kind) {
    case "network":
      server.setOptions({ failures: [{ kind: "reset" }] });
      return { disarm: () => server.setOptions({ failures: [] }) };
    case "status1":
      server.setTable(TABLE, STATUS_1);
      return { disarm: () => server.setTable(TABLE, specOf(w.version)) };
    case "syncFail":
      fake.failSync(fault.at);
      return { disarm: () => fake.resetStats() };
    case "partial":
      fake.failSync(fault.at, undefined, { afterOperations: fault.after });
      return { disarm: () => fake.resetStats() };
    case "cancel": {
      const abort = new AbortController();
      fake.beforeSync((info) => {
        if (info.index - startSyncs === fault.at) abort.abort();
      });
      return { signal: abort.signal, disarm: () => fake.beforeSync(undefined) };
    }
    default:
      return { disarm: () => undefined };
  }
}

function note(w: World, e: unknown): void {
  w.messages.push(describeError(e, "ja"), describeError(e, "en"), e instanceof Error ? e.message : String(e));
}

// ---- invariants ----

function fail(msg: string, detail?: unknown): never {
  throw new Error(
    `${msg}${detail === undefined ? "" : `\n${JSON.stringify(detail, null, 1).slice(0, 2000)}`}`,
  );
}

export function checkNoAppId(w: World): void {
  const snap = JSON.stringify(w.fake.snapshot());
  if (snap.includes(APP_ID)) fail("appId found in the workbook (cells, tables, settings or custom XML)");
  for (const [k, v] of w.storage.map)
    if (k !== "sme-toolkit.settings" && v.includes(APP_ID)) fail(`appId found in storage entry ${k}`);
  for (const m of w.messages) if (m.includes(APP_ID)) fail("appId found in a message", m);
}

function checkUserEdits(w: World): void {
  for (const [sheetName, cells] of w.userCells) {
    const sheet = w.fake.workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) fail(`user's sheet ${sheetName} is gone`);
    for (const [addr, input] of cells) {
      const cell = w.fake.cell(`'${sheetName}'!${addr}`);
      const got = cell?.formula ?? cell?.value;
      const want = input.startsWith("=") ? input : input;
      if (String(got) !== want) fail(`user's cell ${sheetName}!${addr} changed`, { want, got });
    }
  }
  for (const id of w.userSheets)
    if (!w.fake.workbook.sheets.some((s) => s.id === id)) fail(`a sheet the user made (${id}) was deleted`);
}

function checkStoredQueries(w: World): void {
  const xml = w.fake.workbook.customXmlParts.map((p) => p.xml).join("");
  for (const t of w.fake.workbook.tables)
    if (!xml.includes(`"tableName":"${t.name}"`)) fail(`table ${t.name} has no stored query`);
}

/** Values equal (the table may have user columns right of the source's). */
function sameSource(values: Cell[][], want: { header: string[]; rows: Cell[][] }): boolean {
  const n = want.header.length;
  if (values.length !== Math.max(2, want.rows.length + 1)) return false;
  if (JSON.stringify(values[0].slice(0, n)) !== JSON.stringify(want.header)) return false;
  if (want.rows.length === 0) return values[1].slice(0, n).every((x) => x === "");
  return want.rows.every((r, i) => JSON.stringify(values[i + 1].slice(0, n)) === JSON.stringify(r));
}

export function checkAll(w: World): void {
  checkNoAppId(w);
  checkUserEdits(w);
  checkStoredQueries(w);
}

// ---- commands ----

type Model = { tables: number };

abstract class Cmd implements fc.AsyncCommand<Model, World, false> {
  check = () => true;
  abstract run(m: Model, w: World): Promise<void>;
  abstract toString(): string;
}

class Load extends Cmd {
  constructor(
    readonly where: "newSheet" | "selection",
    readonly name: string,
    readonly at: string,
    readonly wide: boolean,
    readonly confirm: boolean,
    readonly fault: Fault,
  ) {
    super();
  }
  async run(m: Model, w: World) {
    if (this.where === "selection") {
      await w.fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(this.at).select();
      });
    }
    const before = w.fake.snapshot();
    const tablesBefore = tables(w);
    const armed = arm(w, this.fault);
    let result: Awaited<ReturnType<TaskpaneActions["load"]>> | null = null;
    let error: unknown;
    try {
      result = await w.actions.load(
        requestOf(w, this.wide),
        this.where === "newSheet" ? { kind: "newSheet", sheetName: this.name } : { kind: "selection" },
        { signal: armed.signal, confirmOverwrite: async () => this.confirm },
      );
    } catch (e) {
      error = e;
      note(w, e);
    } finally {
      armed.disarm();
    }
    if (!result || !result.written) {
      // Refusing to write over another table is a correct answer, not a failure.
      const refused = (error as { code?: string } | undefined)?.code === "EXCEL_TARGET_HAS_TABLE";
      if (result === null && this.fault.kind === "none" && !refused)
        fail(`${this} failed without a fault`, w.messages.at(-3));
      expectUnchanged(w, before, `${this} did not succeed`);
    } else {
      const after = tables(w);
      const added = [...after.values()].filter((t) => !tablesBefore.has(t.name));
      if (added.length !== 1) fail(`${this}: expected exactly one new table`, [...after.keys()]);
      if (!sameSource(added[0].values, await expected(w, this.wide)))
        fail(`${this}: the new table differs from the source`, added[0].values);
      for (const [name, t] of tablesBefore)
        if (JSON.stringify(after.get(name)?.values) !== JSON.stringify(t.values))
          fail(`${this} changed table ${name}`);
      m.tables++;
    }
    checkAll(w);
  }
  toString() {
    return `Load(${this.where === "newSheet" ? this.name : this.at}, ${this.wide ? "wide" : "long"}, confirm=${this.confirm}, ${JSON.stringify(this.fault)})`;
  }
}

function expectUnchanged(w: World, before: WorkbookSnapshot, why: string): void {
  const after = w.fake.snapshot();
  // Which sheet is active is view state, not data; everything else must be as it was.
  const strip = (s: WorkbookSnapshot) => JSON.stringify({ ...s, activeSheet: "" });
  if (strip(after) !== strip(before)) fail(`${why}, yet the workbook changed`, diffSnapshots(before, after));
}

function diffSnapshots(a: WorkbookSnapshot, b: WorkbookSnapshot): unknown {
  const out: unknown[] = [];
  for (const sb of b.sheets) {
    const sa = a.sheets.find((s) => s.name === sb.name);
    if (!sa) {
      out.push({ newSheet: sb.name });
      continue;
    }
    for (const k of new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)]))
      if (JSON.stringify(sa.cells[k]) !== JSON.stringify(sb.cells[k]))
        out.push({ sheet: sb.name, cell: k, before: sa.cells[k], after: sb.cells[k] });
  }
  for (const sa of a.sheets) if (!b.sheets.some((s) => s.name === sa.name)) out.push({ goneSheet: sa.name });
  if (JSON.stringify(a.tables) !== JSON.stringify(b.tables)) out.push({ tables: [a.tables, b.tables] });
  if (JSON.stringify(a.customXmlParts) !== JSON.stringify(b.customXmlParts)) out.push("customXml");
  return out.slice(0, 12);
}

class Refresh extends Cmd {
  constructor(
    readonly pick: number,
    readonly confirm: boolean,
    readonly fault: Fault,
  ) {
    super();
  }
  async run(_m: Model, w: World) {
    const list = await w.actions.listTables();
    if (list.length === 0) return;
    const target = list[this.pick % list.length].tableName;
    const before = w.fake.snapshot();
    const old = tables(w).get(target);
    if (!old) fail(`stored query ${target} has no table`);
    // A cancel is not offered for refreshes: the fault becomes a failed sync at the same point.
    const fault: Fault = this.fault.kind === "cancel" ? { kind: "syncFail", at: this.fault.at } : this.fault;
    const armed = arm(w, fault);
    let reports: RefreshReport[] = [];
    try {
      reports = await w.actions.refresh(target, { confirmOverwrite: async () => this.confirm });
    } catch (e) {
      // Only before any table was touched (reading the stored queries failed): the pane shows the error.
      note(w, e);
      armed.disarm();
      expectUnchanged(w, before, `${this} threw ${describeError(e, "en")}`);
      checkAll(w);
      return;
    } finally {
      armed.disarm();
    }
    const [r] = reports;
    if (r.error !== undefined) note(w, r.error);
    const now = tables(w).get(target);
    if (
      r.status === "updated" ||
      (r.status === "unchanged" && JSON.stringify(w.fake.snapshot()) !== JSON.stringify(before))
    ) {
      if (!now) fail(`${this}: table gone after ${r.status}`);
      const want = await expected(w, old.wide);
      if (!sameSource(now.values, want))
        fail(`${this}: refreshed table differs from the source`, { now: now.values, want });
      // The report matches the diff: rows added/removed, changed cells among rows and columns both have.
      const oldRows = old.values.length - 1;
      const rowsAdded = Math.max(0, want.rows.length - oldRows);
      const rowsRemoved = Math.max(0, oldRows - want.rows.length);
      let changed = 0;
      const width = Math.min(old.values[0].length, want.header.length);
      const newGrid = [want.header, ...want.rows];
      for (let i = 0; i < Math.min(old.values.length, newGrid.length); i++)
        for (let j = 0; j < width; j++) if (old.values[i][j] !== newGrid[i][j]) changed++;
      if (r.rowsAdded !== rowsAdded || r.rowsRemoved !== rowsRemoved || r.cellsChanged !== changed)
        fail(`${this}: report does not match the diff`, { report: r, rowsAdded, rowsRemoved, changed });
      // User columns survive.
      const userHeaders = old.values[0]
        .slice(want.header.length)
        .filter((h) => h !== "" && !want.header.includes(String(h)));
      for (const h of userHeaders) if (!now.values[0].includes(h)) fail(`${this}: user column ${h} dropped`);
    } else {
      if (this.fault.kind === "none" && r.status !== "unchanged")
        fail(`${this}: ${r.status} without a fault`, describeError(r.error, "en"));
      if (this.fault.kind === "status1" && r.status !== "empty")
        fail(`${this}: STATUS 1 reported as ${r.status}`);
      expectUnchanged(w, before, `${this} reported ${r.status}`);
    }
    checkAll(w);
  }
  toString() {
    return `Refresh(#${this.pick}, confirm=${this.confirm}, ${JSON.stringify(this.fault)})`;
  }
}

class ChangeSource extends Cmd {
  constructor(
    readonly seed: number,
    readonly size: number,
  ) {
    super();
  }
  async run(_m: Model, w: World) {
    w.version = { seed: this.seed, size: this.size };
    w.server.setTable(TABLE, specOf(w.version));
  }
  toString() {
    return `ChangeSource(seed=${this.seed}, size=${this.size})`;
  }
}

class UserEdit extends Cmd {
  constructor(
    readonly row: number,
    readonly colOffset: number,
    readonly input: string,
  ) {
    super();
  }
  async run(_m: Model, w: World) {
    const addr = `${col(USER_COL + this.colOffset)}${this.row + 1}`;
    w.fake.enter(`Sheet1!${addr}`, this.input);
    const cell = w.fake.cell(`Sheet1!${addr}`);
    const stored = String(cell?.formula ?? cell?.value ?? "");
    const m = w.userCells.get("Sheet1") ?? new Map<string, string>();
    if (stored === "") m.delete(addr);
    else m.set(addr, stored);
    w.userCells.set("Sheet1", m);
    checkAll(w);
  }
  toString() {
    return `UserEdit(${col(USER_COL + this.colOffset)}${this.row + 1}, ${JSON.stringify(this.input)})`;
  }
}

class UserAddSheet extends Cmd {
  constructor(readonly name: string) {
    super();
  }
  async run(_m: Model, w: World) {
    if (w.fake.workbook.sheets.some((s) => s.name.toLowerCase() === this.name.toLowerCase())) return;
    const id = await w.fake.run(async (context) => {
      const s = context.workbook.worksheets.add(this.name);
      s.getRange("A1").values = [["自分のメモ"]];
      s.load("id");
      await context.sync();
      return s.id;
    });
    w.userSheets.add(id);
    w.userCells.set(this.name, new Map([["A1", "自分のメモ"]]));
    checkAll(w);
  }
  toString() {
    return `UserAddSheet(${this.name})`;
  }
}

class UserAddColumn extends Cmd {
  constructor(
    readonly pick: number,
    readonly formula: boolean,
  ) {
    super();
  }
  async run(_m: Model, w: World) {
    const list = w.fake.workbook.tables;
    if (list.length === 0) return;
    const t = list[this.pick % list.length];
    const sheet = w.fake.workbook.sheets.find((s) => s.id === t.sheetId)!;
    const c = t.rect.c1 + 1;
    // Only when the column right of the table is free (as Excel would extend the table into it).
    const free = w.fake
      .values(`'${sheet.name}'!${col(c)}${t.rect.r0 + 1}:${col(c)}${t.rect.r1 + 2}`)
      .every((r) => r[0] === "");
    if (!free || c >= USER_COL) return;
    const header = this.formula ? `メモ${c}` : `備考${c}`;
    await w.fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      const n = t.rect.r1 - t.rect.r0;
      ws.getRangeByIndexes(t.rect.r0, c, n + 1, 1).formulas = [
        [header],
        ...Array.from({ length: n }, (_, i) => [
          this.formula ? `=${col(c - 1)}${t.rect.r0 + 2 + i}` : i === 0 ? "要確認" : "",
        ]),
      ];
      context.workbook.tables
        .getItem(t.name)
        .resize(ws.getRangeByIndexes(t.rect.r0, t.rect.c0, n + 1, c - t.rect.c0 + 1));
    });
    checkAll(w);
  }
  toString() {
    return `UserAddColumn(#${this.pick}, ${this.formula ? "formula" : "value"})`;
  }
}

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Fault>({ kind: "none" }) },
  fc.constant<Fault>({ kind: "network" }),
  fc.constant<Fault>({ kind: "status1" }),
  fc.integer({ min: 1, max: 6 }).map((at): Fault => ({ kind: "syncFail", at })),
  fc
    .record({ at: fc.integer({ min: 1, max: 6 }), after: fc.integer({ min: 0, max: 6 }) })
    .map((x): Fault => ({ kind: "partial", ...x })),
  fc.integer({ min: 1, max: 6 }).map((at): Fault => ({ kind: "cancel", at })),
);

const SHEET_NAMES = ["モデル表", "Sheet1", "T", "モデル表 (2)", "sheet1"];

export const commands = fc.commands(
  [
    fc
      .tuple(fc.constantFrom(...SHEET_NAMES), fc.boolean(), fc.boolean(), faultArb)
      .map(([name, wide, confirm, fault]) => new Load("newSheet", name, "A1", wide, confirm, fault)),
    fc
      .tuple(fc.constantFrom("A1", "B3", "D2", "H12", "A30"), fc.boolean(), fc.boolean(), faultArb)
      .map(([at, wide, confirm, fault]) => new Load("selection", "", at, wide, confirm, fault)),
    fc.tuple(fc.nat(5), fc.boolean(), faultArb).map(([p, confirm, fault]) => new Refresh(p, confirm, fault)),
    fc
      .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 5 }))
      .map(([s, n]) => new ChangeSource(s, n)),
    fc
      .tuple(fc.nat(30), fc.nat(3), fc.constantFrom("手入力", "42", "=1+1", "=SUM(A1:A3)", "'=文字", ""))
      .map(([r, c, x]) => new UserEdit(r, c, x)),
    fc.constantFrom(...SHEET_NAMES, "自分用").map((n) => new UserAddSheet(n)),
    fc.tuple(fc.nat(5), fc.boolean()).map(([p, f]) => new UserAddColumn(p, f)),
  ],
  { maxCommands: 10 },
);

/** Runs one sequence on a fresh workbook; returns how long it took. */
export async function runSequence(
  h: Harness,
  cmds: Iterable<fc.AsyncCommand<Model, World, false>>,
): Promise<number> {
  const t0 = performance.now();
  const w = await h.world();
  await fc.asyncModelRun(() => ({ model: { tables: 0 }, real: w }), cmds);
  return performance.now() - t0;
}
