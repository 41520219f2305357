// A loopback fake of the e-Stat API v3.0 (domain/estat-oecd-api.md §1) for tests, benchmarks and the
// offline playground. Listens on 127.0.0.1 only, port 0. Serves the recorded bodies from
// ../shared/fixtures and generated tables of any size, with paging (startPosition, limit, NEXT_KEY,
// cntGetFlg, metaGetFlg), cd*/cd*From/cd*To filters, the single-object quirk, NOTE markers, every STATUS
// code, JSONP, CORS on/off, latency, failures (5xx, resets, hangs, slow bodies, broken JSON).
//
// Magic statsDataIds: "STATUS-<n>" answers RESULT.STATUS n (HTTP status as the manual's table says);
// "GEN-<rows>" is a generated table of that many rows. appIds starting with "invalid" (or, when
// `appId` is set, any other value) get STATUS 100 with HTTP 403, as the real WAF does.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { startLoopbackServer, type RecordedRequest } from "./common";
import { metaInfoFromStatsData } from "./estatRecordedMeta";
import { asciiJson, generateStatsData, type GeneratedTable, type GenerateSpec } from "./estatGenerate";
import {
  MAX_LIMIT,
  renderMeta,
  renderStatsData,
  renderTableInf,
  resultJson,
  STATUS_TEXT,
  tooManyCodes,
} from "./estatRender";

export { generateStatsData } from "./estatGenerate";
export type { GenerateSpec, GeneratedTable } from "./estatGenerate";

export type FailureKind = "http500" | "http503" | "reset" | "hang" | "slowBody" | "badJson";

export interface FailureRule {
  kind: FailureKind;
  /** How many matching requests fail; afterwards the rule is spent. @default Infinity (every match) */
  times?: number;
  /** Match on the API function and/or query parameters (string equality). Empty = every request. */
  when?: { fn?: string; params?: Record<string, string> };
}

export interface EstatFakeOptions {
  /** Only this appId is accepted. @default any non-empty appId not starting with "invalid" */
  appId?: string;
  /** Delay before answering, per request. */
  latencyMs?: number | ((req: RecordedRequest) => number);
  /** Send Access-Control-Allow-Origin: * . @default true */
  cors?: boolean;
  failures?: FailureRule[];
  /** HTTP status of a STATUS 100 answer. @default 403 */
  authHttpStatus?: number;
  /** Send single-element lists as bare objects, like e-Stat. @default true */
  singleObjects?: boolean;
  /** Duration over which a "slowBody" failure dribbles its body. @default 2000 */
  slowBodyMs?: number;
  /** Answer cntGetFlg=Y with a count only. false = ignore it and send data (tests the NEXT_KEY fallback). @default true */
  honourCntGetFlg?: boolean;
  /** Leave TOTAL_NUMBER out of data pages (tests the client's NEXT_KEY fallback). @default false */
  omitTotalNumber?: boolean;
  /**
   * Keep rendered generated pages (by query without appId) up to this many bytes, so repeated loads of a
   * big table measure the client, not the fake's string building. 0 = off. @default 256 MB
   */
  pageCacheBytes?: number;
  /** Leave CLASS_INF out of getStatsData answers (as a metadata-stripping proxy might). @default false */
  omitClassInf?: boolean;
  /** Directory of the recorded fixtures. @default ../shared/fixtures relative to the repo */
  fixturesDir?: string;
}

export type TableSource = { kind: "recorded"; body: unknown } | { kind: "generated"; table: GeneratedTable };

export interface EstatFake {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  setTable(id: string, source: TableSource | GenerateSpec): void;
  setOptions(patch: Partial<EstatFakeOptions>): void;
}

function defaultFixturesDir(): string {
  return process.env.SME_FIXTURES_DIR ?? join(__dirname, "../../../shared/fixtures");
}

/** Cache key of a rendered page: the query without appId/callback, plus the options that change the body. */
function pageKey(id: string, q: URLSearchParams, o: EstatFakeOptions): string {
  const kept = [...q]
    .filter(([k]) => k !== "appId" && k !== "callback")
    .sort(([a], [b]) => a.localeCompare(b));
  return `${id}|${o.singleObjects !== false}|${o.honourCntGetFlg !== false}|${o.omitClassInf === true}|${o.omitTotalNumber === true}?${new URLSearchParams(kept).toString()}`;
}

export async function startEstatFake(initial: EstatFakeOptions = {}): Promise<EstatFake> {
  let options: EstatFakeOptions = { ...initial };
  const tables = new Map<string, TableSource>();
  let failureState = (options.failures ?? []).map((r) => ({ rule: r, left: r.times ?? Infinity }));
  const metaBodies = new Map<string, unknown>();
  let listBodies: { list?: unknown; names?: unknown } = {};

  // recorded fixtures (optional: the fake still works without them)
  const dir = options.fixturesDir ?? defaultFixturesDir();
  const tryJson = (p: string) => (existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : undefined);
  const real = join(dir, "real/estat");
  for (const [id, file] of [
    ["0003425893", "estat-getStatsData-chingin-kozo-0003425893.json"],
    ["0003005798", "estat-getStatsData-lfs-0003005798-2024-01.json"],
  ]) {
    const body = tryJson(join(real, file));
    if (body) tables.set(id, { kind: "recorded", body });
  }
  const sample = tryJson(join(dir, "estat-sample-getStatsData.json"));
  if (sample) tables.set("0009999999", { kind: "recorded", body: sample });
  const cpiMeta = tryJson(join(real, "estat-getMetaInfo-cpi2025-0004052037-trimmed.json"));
  if (cpiMeta) metaBodies.set("0004052037", cpiMeta);
  listBodies = {
    list: tryJson(join(real, "estat-getStatsList-kokusei-danjo-limit40-nextkey.json")),
    names: tryJson(join(real, "estat-getStatsList-statsNameList-kokusei.json")),
  };
  tables.set("GEN0000100", { kind: "generated", table: generateStatsData({ rows: 100, id: "GEN0000100" }) });

  const genCache = new Map<string, GeneratedTable>();
  // Rendered pages are kept as the bytes sent: a 13 MB string would be encoded into a fresh 13 MB buffer on
  // every answer, and the garbage of that (with the strings in the heap) paused the fake for ~100 ms a page,
  // which the paging bench then counted as the client's time (issue 15).
  const pageCache = new Map<string, Buffer>();
  let pageCacheSize = 0;
  const cachedRender = (key: string, render: () => string): Buffer => {
    const limit = options.pageCacheBytes ?? 256e6;
    const hit = pageCache.get(key);
    if (hit !== undefined) return hit;
    const body = Buffer.from(render(), "utf8");
    if (limit > 0 && body.length <= limit) {
      // evict oldest first; bounded by the number of cached pages
      for (const [k, v] of pageCache) {
        if (pageCacheSize + body.length <= limit) break;
        pageCache.delete(k);
        pageCacheSize -= v.length;
      }
      pageCache.set(key, body);
      pageCacheSize += body.length;
    }
    return body;
  };
  const tableFor = (id: string): TableSource | undefined => {
    const t = tables.get(id);
    if (t) return t;
    const m = /^GEN-(\d{1,7})$/.exec(id);
    if (!m) return undefined;
    let g = genCache.get(id);
    if (!g) {
      g = generateStatsData({ rows: Number(m[1]), id });
      if (genCache.size > 8) genCache.clear();
      genCache.set(id, g);
    }
    return { kind: "generated", table: g };
  };

  const one = (items: string[]) =>
    items.length === 1 && options.singleObjects !== false ? items[0] : `[${items.join(",")}]`;

  function send(res: ServerResponse, status: number, body: string | Buffer, jsonp: string | null) {
    const headers: Record<string, string> = {
      "content-type": jsonp ? "application/javascript; charset=utf-8" : "application/json; charset=utf-8",
    };
    if (options.cors !== false) headers["access-control-allow-origin"] = "*";
    const payload = jsonp ? `${jsonp}(${String(body)});` : body;
    headers["content-length"] = String(
      typeof payload === "string" ? Buffer.byteLength(payload) : payload.length,
    );
    res.writeHead(status, headers);
    res.end(payload);
  }

  function statusBody(root: string, status: number, msg?: string): string {
    return `{"${root}":{"RESULT":${resultJson(status, msg)},"PARAMETER":{"LANG":"J","DATA_FORMAT":"J"}}}`;
  }

  function renderList(q: URLSearchParams): string {
    if (q.get("statsNameList") === "Y" && listBodies.names) return asciiJson(listBodies.names);
    const word = q.get("searchWord") ?? "";
    // e-Stat's searchWord matches the statistics name as well as the title; a recorded table is listed with
    // its own TABLE_INF, as getStatsList would list it.
    const entries: { id: string; words: string; inf: string }[] = [];
    for (const [id, src] of tables) {
      if (src.kind === "generated")
        entries.push({
          id,
          words: src.table.spec.title,
          inf: renderTableInf(id, src.table.spec.title, src.table.total),
        });
      else {
        const inf = ((src.body as Record<string, Record<string, Record<string, Record<string, unknown>>>>)
          .GET_STATS_DATA?.STATISTICAL_DATA?.TABLE_INF ?? {}) as Record<string, unknown>;
        const named = (v: unknown) => (typeof v === "string" ? v : ((v as { $?: string })?.$ ?? ""));
        entries.push({
          id,
          words: [inf.STAT_NAME, inf.STATISTICS_NAME, inf.TITLE].map(named).join(" "),
          inf: asciiJson(inf),
        });
      }
    }
    const hits = entries.filter((e) =>
      word.split(/\s+AND\s+|\s+/).every((w) => w === "" || e.words.includes(w)),
    );
    if (hits.length === 0)
      return `{"GET_STATS_LIST":{"RESULT":${resultJson(1)},"PARAMETER":{"LANG":"J","DATA_FORMAT":"J"},"DATALIST_INF":{"NUMBER":0}}}`;
    const start = Math.max(1, Number(q.get("startPosition") ?? 1) || 1);
    const limit = Math.max(1, Number(q.get("limit") ?? MAX_LIMIT) || MAX_LIMIT);
    const page = hits.slice(start - 1, start - 1 + limit);
    const end = start + page.length - 1;
    const infs = page.map((e) => e.inf);
    const next = end < hits.length ? `,"NEXT_KEY":${end + 1}` : "";
    return `{"GET_STATS_LIST":{"RESULT":${resultJson(0)},"PARAMETER":{"LANG":"J","DATA_FORMAT":"J"},"DATALIST_INF":{"NUMBER":${hits.length},"RESULT_INF":{"FROM_NUMBER":${start},"TO_NUMBER":${end}${next}},"TABLE_INF":${one(infs)}}}}`;
  }

  function matchFailure(fn: string, q: URLSearchParams): FailureKind | null {
    for (const f of failureState) {
      if (f.left <= 0) continue;
      const w = f.rule.when;
      if (w?.fn && w.fn !== fn) continue;
      if (w?.params && Object.entries(w.params).some(([k, v]) => q.get(k) !== v)) continue;
      f.left--;
      return f.rule.kind;
    }
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, rec: RecordedRequest) {
    if (req.method === "OPTIONS") {
      const h: Record<string, string> = {};
      if (options.cors !== false)
        Object.assign(h, {
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET",
          "access-control-allow-headers": "*",
        });
      res.writeHead(204, h);
      res.end();
      return;
    }
    const m = /^\/rest\/3\.0\/app\/(json|jsonp)\/(getStatsList|getMetaInfo|getStatsData)$/.exec(rec.path);
    const q = rec.query;
    const jsonp = m?.[1] === "jsonp" ? (q.get("callback") ?? "") : null;
    if (jsonp !== null && !/^[A-Za-z_$][\w$.]{0,63}$/.test(jsonp)) {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end("bad callback");
      return;
    }
    const latency =
      typeof options.latencyMs === "function" ? options.latencyMs(rec) : (options.latencyMs ?? 0);
    if (latency > 0) await new Promise((r) => setTimeout(r, Math.min(latency, 60_000)));
    if (!m) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const fn = m[2];
    const failure = matchFailure(fn, q);
    if (failure === "reset") return void req.socket.destroy();
    if (failure === "hang") {
      // bounded: the socket is destroyed after a minute or when the fake closes
      setTimeout(() => req.socket.destroy(), 60_000).unref();
      return;
    }
    if (failure === "http500" || failure === "http503") {
      const code = failure === "http500" ? 500 : 503;
      return send(res, code, statusBody("GET_STATS_DATA", 299), jsonp);
    }
    const root =
      fn === "getStatsList" ? "GET_STATS_LIST" : fn === "getMetaInfo" ? "GET_META_INFO" : "GET_STATS_DATA";
    const appId = q.get("appId") ?? "";
    const authOk =
      options.appId !== undefined ? appId === options.appId : appId !== "" && !appId.startsWith("invalid");
    if (!authOk) return send(res, options.authHttpStatus ?? 403, statusBody(root, 100), jsonp);
    const id = q.get("statsDataId") ?? "";
    const magic = /^STATUS-(\d{1,3})$/.exec(id);
    if (magic) {
      const st = Number(magic[1]);
      return send(res, STATUS_TEXT[st]?.[0] ?? (st >= 100 ? 400 : 200), statusBody(root, st), jsonp);
    }
    const many = tooManyCodes(q);
    if (many)
      return send(
        res,
        400,
        statusBody(root, 105, `${many}の値が多すぎます。100個以内で指定して下さい。`),
        jsonp,
      );
    let body: string | Buffer;
    if (fn === "getStatsList") body = renderList(q);
    else {
      if (fn === "getMetaInfo" && metaBodies.has(id)) body = asciiJson(metaBodies.get(id));
      else {
        if (id === "") return send(res, 400, statusBody(root, 101), jsonp);
        const src = tableFor(id);
        if (!src)
          return send(res, 400, statusBody(root, 300, `statsDataId=[${id}]のデータは存在しません。`), jsonp);
        if (src.kind === "recorded") {
          // getMetaInfo of a recorded table: its TABLE_INF and CLASS_INF under GET_META_INFO, as e-Stat answers.
          const meta = fn === "getMetaInfo" ? metaInfoFromStatsData(src.body) : null;
          if (fn === "getMetaInfo" && !meta)
            return send(res, 500, statusBody(root, 299, "recording has no CLASS_INF"), jsonp);
          body = asciiJson(meta ?? src.body);
        } else
          body =
            fn === "getMetaInfo"
              ? renderMeta(src.table, options.singleObjects !== false)
              : cachedRender(pageKey(id, q, options), () =>
                  renderStatsData(src.table, q, {
                    singleObjects: options.singleObjects,
                    honourCntGetFlg: options.honourCntGetFlg,
                    omitClassInf: options.omitClassInf,
                    omitTotalNumber: options.omitTotalNumber,
                  }),
                );
      }
    }
    if (failure === "badJson") {
      const text = String(body);
      return send(res, 200, text.slice(0, Math.floor(text.length / 2)), jsonp);
    }
    if (failure === "slowBody") {
      const payload = jsonp ? `${jsonp}(${String(body)});` : String(body);
      res.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        ...(options.cors !== false ? { "access-control-allow-origin": "*" } : {}),
      });
      const chunks = 20;
      const step = Math.ceil(payload.length / chunks);
      for (let k = 0; k < chunks && !res.destroyed; k++) {
        res.write(payload.slice(k * step, (k + 1) * step));
        await new Promise((r) => setTimeout(r, (options.slowBodyMs ?? 2000) / chunks));
      }
      res.end();
      return;
    }
    send(res, 200, body, jsonp);
  }

  const server = await startLoopbackServer(handle);
  return {
    baseUrl: server.baseUrl,
    requests: server.requests,
    close: server.close,
    setTable(id, source) {
      pageCache.clear();
      pageCacheSize = 0;
      if ("kind" in source) tables.set(id, source);
      else tables.set(id, { kind: "generated", table: generateStatsData({ ...source, id }) });
    },
    setOptions(patch) {
      options = { ...options, ...patch };
      if (patch.failures) failureState = patch.failures.map((r) => ({ rule: r, left: r.times ?? Infinity }));
    },
  };
}
