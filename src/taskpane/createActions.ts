// The real TaskpaneActions: statistics clients from src/core, workbook writes through src/excel.
// Given `run` (Excel.run or the fake's run) and `fetch`, so the same code drives Excel, the playground
// and Node tests against the loopback fake servers.
import type { PageParsePool } from "../core/stats/estat/pageParsePool";
import { AppError } from "../core/errors/AppError";
import { createTableCache, createWebStorageStore } from "../core/stats/cache";
import type { Deployment } from "../core/net/deployment";
import { createEstatClient, ESTAT_API_ROOT } from "../core/stats/estat";
import { createHttpClient, type FetchLike } from "../core/stats/http";
import { DEFAULT_MIN_INTERVAL_MS } from "../core/stats/http/createHttpClient";
import { createOecdBudget, createOecdClient, OECD_BASE_URL } from "../core/stats/oecd";
import { proxyBases } from "../core/stats/proxyBases";
import { readableHeader, refreshedHeader } from "../core/stats/table/readableHeader";
import { insertChart } from "../excel/insertChart";
import { replaceTableData } from "../excel/replaceTableData";
import { runSelfCheck, type HostFacade, type NetworkTarget, type ProbeFetch } from "../excel/selfCheck";
import { readSelection } from "../excel/selection";
import { listStoredQueries, saveStoredQuery } from "../excel/storedQueries";
import type { ExcelRun } from "../excel/types";
import { writeTableToWorkbook } from "../excel/writeTable";
import { requestFormulaRefresh } from "../functions/refresh";
import type {
  KeyValueStorage,
  LoadRequest,
  RefreshReport,
  SourceKind,
  StoredTableSummary,
  TableInfo,
  TaskpaneActions,
} from "./actions";
import { describeLoadRequest, provenanceRows } from "./real/provenance";
import { headRows } from "./real/selectRows";
import { fetchSource, openSource, searchSource, type SourceDeps } from "./real/sources";
import { readSettings, writeSettings } from "./real/settingsStore";
import { oecdCatalogue, refreshOecdCatalogue } from "./real/oecdCatalogue";
import { sourceStatus } from "./real/searchStatus";
import { shapeTable } from "./real/shapeTable";
import { createSubsidyActions } from "./real/subsidyActions";
import { createRdTaxActions } from "./real/rdtaxActions";

/** How long a previewed download is reused by the load that follows it. */
const REUSE_MS = 5 * 60 * 1000;

export interface CreateActionsOptions {
  run: ExcelRun;
  fetch: FetchLike;
  storage: KeyValueStorage;
  /** e-Stat API root (the loopback fake in tests); a proxy URL saved in Settings wins over it. */
  estatBaseUrl?: string;
  oecdBaseUrl?: string;
  now?: () => Date;
  /** Office.context as the self-check sees it. @default outside Office (every host item "not supported") */
  host?: HostFacade;
  /** The page's CSP and allowed proxies, for the self-check's network items. @default none */
  deployment?: Deployment;
  /** fetch for the self-check's reachability probes (unguarded: the self-check reads the CSP itself). @default options.fetch */
  probeFetch?: ProbeFetch;
  /**
   * HTTP client settings. The pane spaces requests like the data formulas do (rate limit
   * DEFAULT_MIN_INTERVAL_MS); tests against loopback servers may set 0 and fewer retries.
   */
  http?: { retries?: number; backoffBaseMs?: number; minIntervalMs?: number };
  /** Workers that parse e-Stat pages 2… (estatPageWorkers.ts). @default none: every page on the pane's thread */
  parsePool?: PageParsePool;
  /** e-Stat rows per request (tests use small pages to load many). @default 100000 */
  estatPageSize?: number;
}

const OUTSIDE_OFFICE: HostFacade = { host: null, platform: null, version: null, displayLanguage: null };

/** One request per service that needs no appId: any HTTP answer means the service can be reached. */
export function selfCheckTargets(o: {
  estatBaseUrl?: string;
  oecdBaseUrl?: string;
  proxies: readonly string[];
}): NetworkTarget[] {
  const estatList = (root: string) => `${root.replace(/\/+$/, "")}/rest/3.0/app/json/getStatsList?limit=1`;
  return [
    { kind: "estat", url: estatList(o.estatBaseUrl ?? ESTAT_API_ROOT) },
    { kind: "oecd", url: `${o.oecdBaseUrl ?? OECD_BASE_URL}/dataflow/OECD.STI.STP/DSD_MSTI@DF_MSTI/latest` },
    ...o.proxies
      .filter(Boolean)
      .map((p) => ({ kind: "proxy" as const, url: estatList(proxyBases(p).estat ?? p) })),
  ];
}

/** Everything a stored query needs to run again; never the appId. */
export function storedQueryOf(request: LoadRequest) {
  const { ref, filters, levels, layout, labels, labelLang, title } = request;
  return {
    ref,
    title,
    filters,
    levels: levels ?? {},
    layout,
    labels,
    labelLang,
    headerLang: headerLangOf(request),
  };
}

/** The headers' language: chosen at load; a query stored before it existed reads in its labels' language. */
function headerLangOf(request: Pick<LoadRequest, "headerLang" | "labelLang">): "ja" | "en" {
  return request.headerLang ?? request.labelLang ?? "ja";
}

export function createActions(options: CreateActionsOptions): TaskpaneActions {
  const { run, storage } = options;
  const now = options.now ?? (() => new Date());
  const http = createHttpClient({
    fetch: options.fetch,
    retries: options.http?.retries,
    backoff: options.http?.backoffBaseMs !== undefined ? { baseMs: options.http.backoffBaseMs } : undefined,
    rateLimit: { minIntervalMs: options.http?.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS },
  });
  const cacheStore = createWebStorageStore(storage as Storage, "sme-toolkit.tables:");
  const cache = createTableCache({ store: cacheStore });
  const oecdBudget = createOecdBudget({
    store: createWebStorageStore(storage as Storage, "sme-toolkit.oecd:"),
  });
  // Both clients are rebuilt when the proxy setting changes: the organisation proxy (deploy/nginx) serves
  // OECD under /oecd beside e-Stat's /estat.
  let oecdFor: { base: string; client: ReturnType<typeof createOecdClient> } | null = null;
  let estatFor: { base: string; client: ReturnType<typeof createEstatClient> } | null = null;
  const deps: SourceDeps = {
    get estat() {
      const proxy = proxyBases(readSettings(storage).proxyBaseUrl).estat;
      const base = proxy || options.estatBaseUrl || ESTAT_API_ROOT;
      if (!estatFor || estatFor.base !== base)
        // behind the organisation's proxy an empty appId is sent as none: the proxy may add its own
        estatFor = {
          base,
          client: createEstatClient({
            http,
            baseUrl: base,
            appIdOptional: !!proxy,
            parsePool: options.parsePool,
            pageSize: options.estatPageSize,
          }),
        };
      return estatFor.client;
    },
    get oecd() {
      const base =
        proxyBases(readSettings(storage).proxyBaseUrl).oecd ?? options.oecdBaseUrl ?? OECD_BASE_URL;
      if (!oecdFor || oecdFor.base !== base)
        oecdFor = { base, client: createOecdClient({ http, baseUrl: base, budget: oecdBudget }) };
      return oecdFor.client;
    },
    appId: () => readSettings(storage).appId,
    oecdCatalogue: () => oecdCatalogue(storage).entries,
  };
  const opened = new Map<string, TableInfo>();
  const infoFor = (request: LoadRequest) => opened.get(`${request.ref.source}:${request.ref.id}`);
  // The preview downloads the selected rows; a load right after it reuses them instead of downloading
  // the same (possibly 100,000-row) table twice. Only the newest selection is kept, for a few minutes.
  let recent: { key: string; at: number; table: Awaited<ReturnType<typeof fetchSource>> } | null = null;
  const selectionKey = (r: LoadRequest) => JSON.stringify([r.ref, r.filters, r.levels ?? {}]);
  const reusable = (request: LoadRequest) =>
    recent && recent.key === selectionKey(request) && now().getTime() - recent.at < REUSE_MS
      ? recent.table
      : undefined;
  async function fetchSelection(request: LoadRequest, o: Parameters<typeof fetchSource>[2]) {
    const key = selectionKey(request);
    const reused = reusable(request);
    if (reused) return reused;
    const table = await fetchSource(deps, request, { ...o, info: infoFor(request) });
    // An empty answer is not kept: the next attempt asks the source again.
    recent = table.rowCount > 0 ? { key, at: now().getTime(), table } : null;
    return table;
  }

  return {
    async search(query, { sources, signal }) {
      const settled = await Promise.allSettled(sources.map((s) => searchSource(deps, s, query, signal)));
      const cancelled = settled.find((r) => r.status === "rejected" && isCancel(r.reason));
      if (cancelled) throw (cancelled as PromiseRejectedResult).reason;
      // One source failing (no appId, network down) still shows the others' results, and the status line
      // says which source answered what.
      const statuses = sources.map((s, i) => sourceStatus(s, settled[i]));
      const oecd = statuses.find((st) => st.source === "OECD" && st.state === "ok");
      if (oecd) {
        // The catalogue is searched offline; opening a table downloads, and the budget may be used up.
        const b = await oecdBudget.state();
        if (b.remaining === 0 && b.resetAt !== null)
          Object.assign(oecd, { state: "budget", resetAt: new Date(b.resetAt).toISOString() });
      }
      return {
        results: settled.flatMap((r) => (r.status === "fulfilled" ? r.value : [])),
        sources: statuses,
      };
    },

    async openTable(ref, o) {
      const info = await openSource(deps, ref, o?.signal);
      opened.set(`${ref.source}:${ref.id}`, info);
      return info;
    },

    async preview(request, n, o) {
      const table = await fetchSelection(request, { signal: o?.signal, confirmRequests: o?.confirmRequests });
      const shaped = shapeTable(request.layout.kind === "long" ? headRows(table, n) : table, request);
      return {
        header: readableHeader(shaped.header, table.dimensions, headerLangOf(request)),
        rows: shaped.rows.slice(0, n),
        totalRows: request.layout.kind === "long" ? table.rowCount : shaped.rows.length,
      };
    },

    async load(request, destination, o) {
      // Rows reused from the preview, or the bundled pack: nothing to download, so no download phase.
      const download = request.ref.source !== "offline" && reusable(request) === undefined;
      const table = await fetchSelection(request, {
        signal: o.signal,
        onProgress: o.onProgress,
        confirmRequests: o.confirmRequests,
      });
      // The reuse is for preview → load; a second load of the same selection downloads again (the source
      // may have changed, and a repeated load is the user asking for the current data).
      recent = null;
      o.onProgress?.({ phase: "transform", rows: table.rowCount, download });
      // e-Stat STATUS 1 / OECD NoRecordsFound: an empty table (often without its dimension columns, which
      // come with the data) would look like a loaded table; say so and write nothing.
      if (table.rowCount === 0) throw new AppError("EXCEL_NO_ROWS", "The source returned no rows.");
      const shaped = shapeTable(table, request);
      // Words for the reader in the table; the machine names (time_code, value…) in the stored query.
      const headers = readableHeader(shaped.header, table.dimensions, headerLangOf(request));
      const retrievedAt = now().toISOString();
      const query = JSON.stringify(storedQueryOf(request));
      const target =
        destination.kind === "newSheet"
          ? ({ kind: "newSheet", name: destination.sheetName } as const)
          : await activeCell(run);
      const r = await writeTableToWorkbook(
        run,
        {
          destination: target,
          header: headers,
          rows: shaped.rows,
          numberFormats: shaped.numberFormats,
          provenance: provenanceRows(table.meta, describeLoadRequest(request), retrievedAt),
          markerLegend: table.meta.markers,
          query: {
            source: request.ref.source,
            title: request.title,
            query: JSON.parse(query),
            loadedAt: retrievedAt,
            sourceUpdated: table.meta.updated,
            columns: shaped.header,
            headers,
          },
        },
        {
          signal: o.signal,
          confirmOverwrite: o.confirmOverwrite,
          onProgress: (p) =>
            o.onProgress?.({ phase: "write", rows: p.rowsWritten, totalRows: p.rowsTotal, download }),
        },
      );
      return {
        written: r.written,
        tableName: r.tableName,
        sheetName: r.sheet,
        address: r.address.includes("!") ? r.address.slice(r.address.lastIndexOf("!") + 1) : r.address,
        rows: r.rows,
        columns: r.columns,
        issues: shaped.issues.map((i) => ({ code: i.code, message: i.message })),
      };
    },

    async listTables(): Promise<StoredTableSummary[]> {
      const list = await listStoredQueries(run);
      return list.map((q) => {
        const ref = (q.query as { ref?: { source?: string; id?: string } }).ref;
        return {
          tableName: q.tableName,
          sheetName: q.sheet,
          title: q.title ?? q.tableName,
          source: (ref?.source ?? q.source) as SourceKind,
          id: ref?.id ?? "",
          retrievedAt: q.loadedAt,
          updated: q.sourceUpdated,
        };
      });
    },

    async refresh(target, o) {
      const stored = (await listStoredQueries(run)).filter((q) => target === "all" || q.tableName === target);
      const reports: RefreshReport[] = [];
      // One after another: each rewrite is its own Excel.run, and the OECD budget counts every download.
      for (const q of stored) {
        const base = {
          tableName: q.tableName,
          title: q.title ?? q.tableName,
          rowsAdded: 0,
          rowsRemoved: 0,
          cellsChanged: 0,
          previousUpdated: q.sourceUpdated,
        };
        const request = q.query as unknown as LoadRequest;
        let table;
        try {
          // The stored query may come from someone else's workbook: its fan-out is capped and confirmed.
          table = await fetchSource(deps, request, { confirmRequests: o?.confirmRequests });
        } catch (error) {
          reports.push({ ...base, status: isGone(error) ? "gone" : "error", error });
          continue;
        }
        try {
          // No rows back (e-Stat STATUS 1, OECD NoRecordsFound) is not "the data is now empty": a filter
          // that no longer matches, a source hiccup… The old data stays unless the user asks to clear it.
          // Checked before shaping: a wide layout of an empty answer has no time codes to spread across.
          const empty = table.rowCount === 0;
          if (
            empty &&
            !(o?.confirmClear && (await o.confirmClear({ tableName: q.tableName, title: base.title })))
          ) {
            reports.push({ ...base, status: "empty", updated: table.meta.updated });
            continue;
          }
          const shaped = empty ? null : shapeTable(table, request);
          // Clearing keeps the columns as they were: an empty answer may lack the dimension columns.
          const machine = shaped?.header ?? q.columns ?? [];
          // The words the table was written with stay (whatever the pane's language is now).
          const header = refreshedHeader(machine, table.dimensions, headerLangOf(request), q);
          const toWords = (names: string[]) => names.map((n) => header[machine.indexOf(n)] ?? n);
          const r = await replaceTableData(run, q.tableName, header, shaped?.rows ?? [], {
            numberFormats: shaped?.numberFormats,
            confirmOverwrite: o?.confirmOverwrite,
            keyColumns: shaped ? toWords(shaped.keyColumns) : undefined,
            sourceColumns: q.headers ?? q.columns,
          });
          if (!r.written) {
            reports.push({ ...base, status: "unchanged" });
            continue;
          }
          await saveStoredQuery(run, {
            ...q,
            loadedAt: now().toISOString(),
            sourceUpdated: table.meta.updated,
            columns: machine,
            ...(q.headers ? { headers: header } : {}),
          });
          const changed =
            r.rowsAdded + r.rowsRemoved + r.cellsChanged > 0 || table.meta.updated !== q.sourceUpdated;
          reports.push({
            ...base,
            status: changed ? "updated" : "unchanged",
            rowsAdded: r.rowsAdded,
            rowsRemoved: r.rowsRemoved,
            cellsChanged: r.cellsChanged,
            updated: table.meta.updated,
          });
        } catch (error) {
          reports.push({ ...base, status: "error", error });
        }
      }
      return reports;
    },

    async insertChart(req) {
      const stored = (await listStoredQueries(run)).find((q) => q.tableName === req.tableName);
      const sourceNote = stored
        ? `出典: ${stored.source === "offline" ? "内蔵データ" : stored.source} ${stored.title ?? ""}`.trim()
        : undefined;
      const address = req.kind === "selectedSeries" ? (await readSelection(run)).address : undefined;
      const r = await insertChart(run, {
        tableName: address ? undefined : req.tableName,
        address,
        type: "Line",
        title: req.title,
        sourceNote,
      });
      return { chartName: r.name };
    },

    refreshFormulas: () => requestFormulaRefresh(),

    async getSettings() {
      return readSettings(storage);
    },
    async saveSettings(patch) {
      writeSettings(storage, patch);
    },
    async testAppId(appId) {
      try {
        await deps.estat.getStatsList({ appId, limit: 1, searchWord: "人口" });
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    },
    async getCacheInfo() {
      const entries = await cache.entries();
      // The store counts characters; UTF-16 storage makes that two bytes each.
      return { entries: entries.length, bytes: (await cache.totalSize()) * 2 };
    },
    clearCache: () => cache.clear(),
    async getOecdCatalogueInfo() {
      const c = oecdCatalogue(storage);
      return { count: c.entries.length, ...(c.refreshedAt ? { refreshedAt: c.refreshedAt } : {}) };
    },
    refreshOecdCatalogue: () => refreshOecdCatalogue(deps.oecd, storage, now),

    runSelfCheck(onProgress) {
      const deployment = options.deployment ?? { proxyOrigins: [] };
      const saved = readSettings(storage).proxyBaseUrl.trim();
      return runSelfCheck({
        run,
        host: options.host ?? OUTSIDE_OFFICE,
        storage,
        fetch: options.probeFetch ?? ((url, init) => options.fetch(url, { signal: init?.signal })),
        deployment,
        targets: selfCheckTargets({
          estatBaseUrl: options.estatBaseUrl,
          oecdBaseUrl: options.oecdBaseUrl,
          proxies: [...new Set([...deployment.proxyOrigins, ...(saved ? [saved] : [])])],
        }),
        onProgress,
      });
    },

    ...createSubsidyActions(run),
    ...createRdTaxActions(run),
  };
}

function isCancel(e: unknown): boolean {
  const x = e as { name?: string; code?: string } | null;
  return x?.name === "AbortError" || x?.code === "CANCELLED";
}

/** The source no longer has the table (e-Stat STATUS 300-type answer, OECD 404, pack id removed). */
function isGone(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? "";
  const status = Number((e as { params?: { status?: unknown } } | null)?.params?.status);
  return (
    code === "ESTAT_STATUS_NOT_FOUND" ||
    code === "INDICATOR_NOT_FOUND" ||
    (code.startsWith("OECD_HTTP") && status === 404) ||
    (code === "HTTP_STATUS" && (status === 404 || status === 410))
  );
}

/** "Sheet1!B2" of the active cell, for loads into the selection. */
async function activeCell(run: ExcelRun): Promise<{ kind: "at"; sheet: string; address: string }> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address");
    await context.sync();
    const bang = cell.address.lastIndexOf("!");
    const sheet = cell.address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    return { kind: "at", sheet, address: cell.address.slice(bang + 1) };
  });
}
