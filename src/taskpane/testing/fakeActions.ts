// Fake TaskpaneActions for component tests: in-memory results, and every call recorded so a
// test can assert what the pane asked for. Override any method per test.
import type { LoadRequest, SearchResult, Settings, TableInfo, TaskpaneActions } from "../actions";

export const sampleResult: SearchResult = {
  ref: { source: "e-Stat", id: "0003410379" },
  title: "法人企業統計 年次別調査 資本金階級別",
  survey: "法人企業統計調査",
  period: "2015–2023",
  updated: "2024-09-02",
};

export const sampleInfo: TableInfo = {
  ref: sampleResult.ref,
  title: sampleResult.title,
  survey: "法人企業統計調査",
  organization: "財務省",
  updated: "2024-09-02",
  notes: ["金融業、保険業を除く。"],
  markers: [{ marker: "X", meaning: "秘匿" }],
  totalRows: 60,
  dimensions: [
    {
      id: "cat01",
      name: "資本金階級",
      nameEn: "Capital size",
      role: "category",
      codes: [
        { code: "100", label: "全規模", labelEn: "All sizes", level: 1 },
        { code: "110", label: "1千万円未満", labelEn: "Under 10 million yen", level: 2, parent: "100" },
        {
          code: "120",
          label: "1千万円以上1億円未満",
          labelEn: "10–100 million yen",
          level: 2,
          parent: "100",
        },
      ],
    },
    {
      id: "time",
      name: "時間軸（年度次）",
      nameEn: "Fiscal year",
      role: "time",
      codes: Array.from({ length: 20 }, (_, i) => ({
        code: `${2004 + i}100000`,
        label: `${2004 + i}年度`,
        labelEn: `FY${2004 + i}`,
      })),
    },
  ],
};

export interface FakeCalls {
  search: [string, string[]][];
  openTable: string[];
  preview: LoadRequest[];
  load: { request: LoadRequest; destination: unknown }[];
  saveSettings: Partial<Settings>[];
}

export function fakeActions(
  overrides: Partial<TaskpaneActions> = {},
): TaskpaneActions & { calls: FakeCalls } {
  const calls: FakeCalls = { search: [], openTable: [], preview: [], load: [], saveSettings: [] };
  let settings: Settings = { appId: "", proxyBaseUrl: "", language: "auto" };
  const base: TaskpaneActions = {
    async search(query, { sources }) {
      calls.search.push([query, sources]);
      return {
        results: [sampleResult],
        sources: sources.map((source) => ({
          source,
          state: "ok" as const,
          count: source === sampleResult.ref.source ? 1 : 0,
        })),
      };
    },
    async openTable(ref) {
      calls.openTable.push(ref.id);
      return { ...sampleInfo, ref };
    },
    async preview(request, n) {
      calls.preview.push(request);
      return {
        header: ["資本金階級", "時間軸（年度次）", "値", "単位", "注記"],
        rows: [
          ["全規模", "2022年度", 1534567, "百万円", null],
          ["1千万円未満", "2022年度", null, "百万円", "X"],
        ].slice(0, n),
        totalRows: 60,
      };
    },
    async load(request, destination) {
      calls.load.push({ request, destination });
      return {
        written: true,
        tableName: "SME_0003410379",
        sheetName: "法人企業統計",
        address: "A8:E68",
        rows: 60,
        columns: 5,
      };
    },
    async listTables() {
      return [];
    },
    async refresh() {
      return [];
    },
    async insertChart() {
      return { chartName: "Chart 1" };
    },
    async refreshFormulas() {
      return { tables: 0 };
    },
    async getSettings() {
      return settings;
    },
    async saveSettings(s) {
      calls.saveSettings.push(s);
      settings = { ...settings, ...s };
    },
    async testAppId() {
      return { ok: true };
    },
    async getCacheInfo() {
      return { entries: 3, bytes: 2048 };
    },
    async clearCache() {},
    async getOecdCatalogueInfo() {
      return { count: 13 };
    },
    async refreshOecdCatalogue() {
      return { count: 1500, refreshedAt: "2026-12-07T00:00:00.000Z" };
    },
    async runSelfCheck() {
      return { startedAt: "2026-12-07T00:00:00.000Z", items: [] };
    },
    async listPrograms() {
      return [];
    },
    async calculate() {
      return { total: 0, findings: [] };
    },
    async writeCalculationSheet() {
      return { written: true, sheetName: "補助金計算" };
    },
  };
  return Object.assign(base, overrides, { calls });
}

/** A promise the test settles by hand, to hold an action mid-flight. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
