// sme-stats: e-Stat and OECD statistics from the command line, as CSV/TSV/JSON/xlsx in the add-in's table
// layouts. Development: `npx tsx src/cli/sme-stats.ts …`; built: dist/cli/sme-stats.js (scripts/build-cli.mjs).
import { join } from "node:path";
import { AppError } from "../core/errors/AppError";
import { describeError } from "../core/errors/messages";
import { createEstatClient } from "../core/stats/estat";
import { parseMetaInfoResponse } from "../core/stats/estat/parseMetaInfo";
import { parseSimpleStatsDataCsv } from "../core/stats/estat/parseSimpleCsv";
import { parseStatsDataPages } from "../core/stats/estat/parseStatsData";
import { parseStatsListResponse } from "../core/stats/estat/parseStatsList";
import { isProxyBase } from "../core/stats/estat/estatTransport";
import { EstatStatusError } from "../core/stats/estat/statusError";
import { createHttpClient, createScrubber, type Scrubber } from "../core/stats/http";
import type { FetchLike } from "../core/stats/http/types";
import { createOecdBudget } from "../core/stats/oecd/budget";
import { createOecdClient } from "../core/stats/oecd/client";
import { parseSdmx } from "../core/stats/oecd/parseSdmx";
import type { OecdDataFormat } from "../core/stats/oecd/query";
import type { Cell, LabelMode } from "../core/stats/table/cells";
import type { TableIssue, TidyTable } from "../core/stats/table/types";
import { parseArgs, UsageError, type ParsedArgs } from "./args";
import { configDir, readConfig, type CliConfig } from "./config";
import { estatGet, type EstatCall } from "./estatFetch";
import { CLI_OPTIONS, rejectAppId, statsDataRequest } from "./estatOptions";
import { builtPageWorkerFile, createNodePageParsePool } from "./estatPageWorkers";
import { createJsonFileStore } from "./fileStore";
import { classifySaved, readSavedText } from "./savedResponse";
import {
  tableMatrix,
  writeMatrix,
  type Layout,
  type Matrix,
  type OutFormat,
  type WriteOptions,
} from "./writeTable";

const USAGE = `sme-stats — 公的統計を CSV/TSV/JSON/xlsx に / official statistics to CSV, TSV, JSON or xlsx

  sme-stats estat search WORDS…            [--statsCode 00200521] [--surveyYears 2020] [--limit 100]
  sme-stats estat meta STATS_DATA_ID
  sme-stats estat get STATS_DATA_ID        [--cdCat01 A,B] [--cdTimeFrom 2015000000] [--lvArea 1] …
                                           (--lv|--cd Tab|Time|Area|Cat01–15, --cd…From|To; --limit rows per page)
  sme-stats estat parse FILE…              (saved getStatsData JSON pages, or getSimpleStatsData CSV)
  sme-stats oecd get FLOW KEY              [--start 2015] [--end 2023] [--sdmx csv|json]
  sme-stats oecd parse FILE                (SDMX-JSON 1.0/2.x or SDMX-CSV)

Options:
  --layout long|wide   (default long)      --rows DIM,DIM --cols DIM   (wide layout)
  --format csv|tsv|json|xlsx (default: from --out, else csv)           --out FILE (default stdout)
  --labels both|code|label  --lang ja|en  --bom (UTF-8 BOM for Excel)  --base-url URL (fake or proxy)
  --no-budget (do not count OECD downloads; for a local fake)

e-Stat appId: ESTAT_APP_ID, or {"estatAppId": "…"} in ${"~/.config/sme-stats/config.json"}.
OECD allows about 60 data downloads per hour; this tool counts them in the same folder.`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stderr: (s: string) => void;
  fetch?: FetchLike;
}

/** The io every command gets: stderr already goes through the run's scrubber (issue 13 M4/L3). */
interface Ctx extends CliIo {
  scrubber: Scrubber;
}

function writeOptions(a: ParsedArgs, io: Ctx): WriteOptions {
  const out = a.options.get("out");
  const ext = out?.split(".").pop()?.toLowerCase();
  const format = (a.options.get("format") ??
    (ext && ["csv", "tsv", "json", "xlsx"].includes(ext) ? ext : "csv")) as OutFormat;
  if (!["csv", "tsv", "json", "xlsx"].includes(format))
    throw new UsageError(`--format must be csv, tsv, json or xlsx (got ${format})`);
  const layout = (a.options.get("layout") ?? "long") as Layout;
  if (layout !== "long" && layout !== "wide")
    throw new UsageError(`--layout must be long or wide (got ${layout})`);
  const labels = (a.options.get("labels") ?? "both") as LabelMode;
  if (!["both", "code", "label"].includes(labels))
    throw new UsageError("--labels must be both, code or label");
  const lang = (a.options.get("lang") ?? "ja") as "ja" | "en";
  const rows = a.options.get("rows");
  return {
    layout,
    format,
    out,
    bom: a.flags.has("bom"),
    scrub: io.scrubber.scrub,
    labels,
    lang,
    ...(rows
      ? {
          rowDims: rows
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    ...(a.options.get("cols") ? { colDim: a.options.get("cols") } : {}),
  };
}

/** Rows of plain records (search results, code lists) as a matrix. */
function records(header: string[], rows: Cell[][]): Matrix {
  return { header, rowCount: rows.length, row: (i) => rows[i] };
}

async function emitTable(table: TidyTable, issues: TableIssue[], a: ParsedArgs, io: Ctx): Promise<void> {
  const o = writeOptions(a, io);
  for (const i of issues.slice(0, 5)) io.stderr(`warning: ${i.code}: ${i.message}`);
  if (issues.length > 5) io.stderr(`warning: … and ${issues.length - 5} more`);
  const m = tableMatrix(table, o, (s) => io.stderr(`warning: ${s}`));
  await writeMatrix(m, o, table);
  if (o.out) io.stderr(`${table.rowCount} rows → ${o.out}`);
  if (table.meta.credit && table.meta.source === "e-Stat") io.stderr(table.meta.credit);
  if (table.meta.staleCache)
    io.stderr(
      "注意: 組織のキャッシュが古いデータを返しました（提供元に接続できませんでした） / note: the organisation's cache served an older copy (the source could not be reached)",
    );
}

/**
 * A proxy URL with credentials (`https://user:pw@host/…`) is sent as Basic authentication: fetch refuses
 * URLs with userinfo, and the credentials must not travel in a URL that could be echoed or logged.
 */
export function withUserinfoAsBasicAuth(f: FetchLike): FetchLike {
  return (url, init) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return f(url, init);
    }
    if (!u.username && !u.password) return f(url, init);
    const auth = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString(
      "base64",
    );
    u.username = "";
    u.password = "";
    return f(u.toString(), {
      ...init,
      headers: { ...(init?.headers ?? {}), Authorization: `Basic ${auth}` },
    });
  };
}

function http(io: Ctx) {
  const f = withUserinfoAsBasicAuth(io.fetch ?? (globalThis.fetch as unknown as FetchLike));
  return createHttpClient({
    fetch: f,
    timeoutMs: 120_000,
    rateLimit: { minIntervalMs: 200 },
    onRetry: (r) => io.stderr(`retry ${r.attempt} in ${Math.round(r.delayMs)} ms: ${r.error.message}`),
  });
}

/** config.json + environment; every secret in it is registered with the scrubber before anything runs. */
function loadConfig(io: Ctx): CliConfig {
  const config = readConfig(io.env);
  io.scrubber.add(config.estatAppId, ...(config.secretPathParts ?? []));
  io.scrubber.addUrl(config.estatBaseUrl);
  io.scrubber.addUrl(config.oecdBaseUrl);
  return config;
}

function estatCall(a: ParsedArgs, io: Ctx): EstatCall {
  const config = loadConfig(io);
  const baseUrl = a.options.get("base-url") ?? config.estatBaseUrl;
  // An organisation's proxy may add its own appId (deploy/nginx ESTAT_APP_ID_FILE): then none is needed here.
  if (!config.estatAppId && !isProxyBase(baseUrl)) {
    throw new AppError("ESTAT_MISSING_APP_ID", "no appId: set ESTAT_APP_ID or config.json estatAppId");
  }
  return { http: http(io), appId: config.estatAppId ?? "", baseUrl };
}

/** `estat search`/`meta`: `--statsCode 00200521 …` → e-Stat parameters (passed through by name). */
function estatParams(a: ParsedArgs): Record<string, string> {
  const p: Record<string, string> = {};
  for (const [k, v] of a.options) {
    if (CLI_OPTIONS.has(k)) continue;
    rejectAppId(k);
    p[k] = v;
  }
  return p;
}

/** Runs `parse` on one named file; an error other than our own file errors is preceded by the file name. */
function inFile<T>(file: string, io: Ctx, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof AppError && "file" in e.params)) io.stderr(`${file}:`);
    throw e;
  }
}

async function estat(cmd: string, rest: string[], a: ParsedArgs, io: Ctx): Promise<void> {
  if (cmd === "parse") {
    if (!rest.length) throw new UsageError("estat parse needs FILE…");
    writeOptions(a, io); // usage errors before reading anything
    // One file is parsed right after it is read: its VALUE rows may be read from the text (see classifySaved).
    const split = rest.length === 1;
    const saved = rest.map((f) => inFile(f, io, () => classifySaved(f, readSavedText(f), { split })));
    const csv = saved.findIndex((x) => x.kind === "csv");
    if (csv >= 0) {
      if (saved.length > 1)
        throw new UsageError("estat parse: a getSimpleStatsData CSV is parsed alone (one FILE)");
      const only = saved[0];
      const { table, issues } = inFile(rest[0], io, () =>
        parseSimpleStatsDataCsv(only.kind === "csv" ? only.text : ""),
      );
      return emitTable(table, issues, a, io);
    }
    const bodies = saved.map((x) => (x.kind === "statsData" ? x.body : null));
    const parsed =
      bodies.length === 1
        ? inFile(rest[0], io, () => parseStatsDataPages(bodies))
        : parseStatsDataPages(bodies);
    if (parsed.status === 1) io.stderr("STATUS 1: 該当データはありませんでした / no data (empty table)");
    return emitTable(
      parsed.table,
      parsed.issues.filter((i) => i.code !== "ESTAT_MORE_PAGES" || bodies.length === 1),
      a,
      io,
    );
  }
  if (!["search", "meta", "get"].includes(cmd)) throw new UsageError(`unknown command: estat ${cmd}`);
  const call = estatCall(a, io);
  if (cmd === "search") {
    if (!rest.length) throw new UsageError("estat search needs WORDS");
    const body = await estatGet(call, "getStatsList", {
      searchWord: rest.join(" AND "),
      limit: "100",
      ...estatParams(a),
    });
    const list = parseStatsListResponse(body);
    io.stderr(
      `${list.number ?? list.tables.length} tables${list.nextKey ? ` (showing ${list.tables.length}; next --startPosition ${list.nextKey})` : ""}`,
    );
    const header = [
      "statsDataId",
      "statsCode",
      "statName",
      "title",
      "cycle",
      "surveyDate",
      "openDate",
      "updatedDate",
      "govOrg",
    ];
    const rows = list.tables.map((t) =>
      [
        t.id,
        t.statsCode,
        t.statName,
        t.title,
        t.cycle,
        t.surveyDate,
        t.openDate,
        t.updatedDate,
        t.govOrg,
      ].map((x) => x ?? null),
    );
    return writeMatrix(records(header, rows), writeOptions(a, io));
  }
  if (cmd === "meta") {
    const id = rest[0];
    if (!id) throw new UsageError("estat meta needs STATS_DATA_ID");
    const info = parseMetaInfoResponse(
      await estatGet(call, "getMetaInfo", { statsDataId: id, ...estatParams(a) }),
    );
    io.stderr(`${info.meta.id} ${info.meta.title}`);
    const header = ["dimension", "dimension_name", "code", "name", "level", "parent", "unit"];
    const rows = info.dimensions.flatMap((d) =>
      d.codes.map((c) => [d.id, d.name, c.code, c.label, c.level ?? null, c.parent ?? null, c.unit ?? null]),
    );
    return writeMatrix(records(header, rows), writeOptions(a, io));
  }
  if (cmd === "get") {
    const id = rest[0];
    if (!id) throw new UsageError("estat get needs STATS_DATA_ID");
    const { query, pageSize } = statsDataRequest(id, a.options);
    // --base-url (or config) names a proxy or a fake: without an appId of our own, send none (the proxy may add it)
    // Page parse workers are opt-in here: in a one-shot process they start cold, and measured no faster for
    // 1,000,000 rows (10 pages) and 12 % slower for 200,000 (4 pages) than this thread alone (session 6 note);
    // they pay in a long-lived process (the task pane). SME_STATS_PAGE_WORKER=built: the worker file beside
    // the CLI; =<file>: that file; unset or none: every page on this thread.
    const choice = io.env.SME_STATS_PAGE_WORKER;
    const workerFile =
      choice === "built" ? builtPageWorkerFile(__dirname) : choice !== "none" ? choice : undefined;
    const parsePool = workerFile ? createNodePageParsePool(workerFile) : undefined;
    const client = createEstatClient({
      http: call.http,
      baseUrl: call.baseUrl,
      pageSize,
      appIdOptional: !!call.baseUrl,
      parsePool,
    });
    const { table, issues } = await client
      .getStatsData(
        { appId: call.appId, ...query },
        {
          onProgress: (p) =>
            io.stderr(
              `e-Stat: page ${p.pagesDone} of ${p.pagesTotal} received, ${p.rows.toLocaleString("en")} rows`,
            ),
        },
      )
      .finally(() => parsePool?.close());
    if (table.rowCount === 0) io.stderr("該当データはありませんでした / no data (empty table)");
    return emitTable(table, issues, a, io);
  }
  throw new UsageError(`unknown command: estat ${cmd}`);
}

async function oecd(cmd: string, rest: string[], a: ParsedArgs, io: Ctx): Promise<void> {
  if (cmd === "parse") {
    if (rest.length !== 1) throw new UsageError("oecd parse needs one FILE");
    writeOptions(a, io);
    const text = readSavedText(rest[0]);
    const table = inFile(rest[0], io, () => parseSdmx(text, { fetchedAt: new Date().toISOString() }));
    return emitTable(table, [], a, io);
  }
  if (cmd === "get") {
    const [flow, key] = rest;
    if (!flow || key === undefined) throw new UsageError("oecd get needs FLOW KEY");
    const config = loadConfig(io);
    const sdmx = a.options.get("sdmx") ?? "csv";
    const format: OecdDataFormat = sdmx === "json" ? "jsondata" : "csvfilewithlabels";
    const budget = a.flags.has("no-budget")
      ? undefined
      : createOecdBudget({ store: createJsonFileStore(join(configDir(io.env), "state.json")) });
    const client = createOecdClient({
      http: http(io),
      baseUrl: a.options.get("base-url") ?? config.oecdBaseUrl,
      budget,
      format,
    });
    io.stderr(
      `OECD: ${client.dataUrl({ flow, key, start: a.options.get("start"), end: a.options.get("end") })}`,
    );
    const table = await client.getData({
      flow,
      key,
      start: a.options.get("start"),
      end: a.options.get("end"),
    });
    if (budget) {
      const st = await budget.state();
      io.stderr(`OECD downloads this hour: ${st.used}/${st.limit}`);
    }
    if (table.rowCount === 0) io.stderr("NoRecordsFound: 該当データなし / no data (empty table)");
    return emitTable(table, [], a, io);
  }
  throw new UsageError(`unknown command: oecd ${cmd}`);
}

/** Runs one command; returns the exit code (0 ok, 1 error, 2 e-Stat STATUS error, 64 usage). */
export async function main(argv: readonly string[], cli: CliIo): Promise<number> {
  const scrubber = createScrubber();
  scrubber.add(cli.env.ESTAT_APP_ID);
  const io: Ctx = { ...cli, scrubber, stderr: (s) => cli.stderr(scrubber.scrub(s)) };
  try {
    const a = parseArgs(argv);
    scrubber.addUrl(a.options.get("base-url"));
    const [source, cmd, ...rest] = a.positional;
    if (a.flags.has("help") || !source) {
      io.stderr(USAGE);
      return source ? 0 : 64;
    }
    if (source === "estat") await estat(cmd ?? "", rest, a, io);
    else if (source === "oecd") await oecd(cmd ?? "", rest, a, io);
    else throw new UsageError(`unknown source: ${source} (use estat or oecd)`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\n\n${USAGE}`);
      return 64;
    }
    if (e instanceof EstatStatusError) {
      io.stderr(`e-Stat STATUS ${e.status}: ${e.errorMsg}`);
      io.stderr(describeError(e));
      return 2;
    }
    io.stderr(
      `error: ${e instanceof AppError ? describeError(e) : e instanceof Error ? e.message : String(e)}`,
    );
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { env: process.env, stderr: (s) => process.stderr.write(s + "\n") }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
