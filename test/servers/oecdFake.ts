// A loopback fake of the OECD SDMX REST API (sdmx.oecd.org/public/rest) for tests, the CLI and the
// playground. It serves generated data (SDMX-JSON 2.0, SDMX-JSON 1.0, SDMX-CSV with or without
// labels), structure messages, recorded bodies, 404 NoRecordsFound, and injected 429/5xx, latency
// and CORS. Values are synthetic (a formula of the indexes), never real statistics.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BUNDLED_DATAFLOWS } from "../../src/core/stats/oecd/catalogue";

export interface FakeDimension {
  id: string;
  name: string;
  values: { id: string; name: string }[];
}

export interface FakeDataflow {
  agency: string;
  id: string;
  version: string;
  name: string;
  /** Key dimensions in key order (time is separate). */
  dimensions: FakeDimension[];
  /** Annual periods from..to, inclusive. */
  years: [number, number];
  unitName?: string;
}

export interface RecordedResponse {
  /** Matched against the path + query of the request. */
  match: string | RegExp;
  status?: number;
  contentType?: string;
  body: string;
}

export interface OecdFakeOptions {
  dataflows?: FakeDataflow[];
  recorded?: RecordedResponse[];
  latencyMs?: number;
  /** Send Access-Control-Allow-Origin: * and answer preflights. @default true */
  cors?: boolean;
  /** The first `count` requests whose URL matches get this status (429 adds Retry-After). */
  fail?: { status: number; count: number; match?: RegExp; retryAfterSeconds?: number };
  /** SDMX-JSON version for format=jsondata. @default "2.0" */
  jsonVersion?: "1.0" | "2.0";
  /** Refuse (HTTP 413) generating more observations than this. @default 2,000,000 */
  maxObservations?: number;
}

export interface OecdFake {
  baseUrl: string;
  close(): Promise<void>;
  requests: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[];
}

const AREAS = [
  ["JPN", "Japan"],
  ["USA", "United States"],
  ["DEU", "Germany"],
  ["KOR", "Korea"],
  ["FRA", "France"],
  ["GBR", "United Kingdom"],
  ["CHN", "China (People's Republic of)"],
  ["OECD", "OECD - Total"],
].map(([id, name]) => ({ id, name }));

/** An MSTI-shaped flow (key order REF_AREA.FREQ.MEASURE.UNIT_MEASURE.PRICE_BASE.TRANSFORMATION). */
export const MSTI_LIKE: FakeDataflow = {
  agency: "OECD.STI.STP",
  id: "DSD_MSTI@DF_MSTI",
  version: "1.3",
  name: "Main Science and Technology Indicators (synthetic fake)",
  dimensions: [
    { id: "REF_AREA", name: "Reference area", values: AREAS },
    { id: "FREQ", name: "Frequency of observation", values: [{ id: "A", name: "Annual" }] },
    {
      id: "MEASURE",
      name: "Measure",
      values: [
        { id: "G", name: "Gross domestic expenditure on R&D (GERD)" },
        { id: "B", name: "Business enterprise expenditure on R&D (BERD)" },
        { id: "T_RS", name: "Total researchers" },
      ],
    },
    {
      id: "UNIT_MEASURE",
      name: "Unit of measure",
      values: [
        { id: "PT_B1GQ", name: "Percentage of GDP" },
        { id: "USD_PPP", name: "US dollars, PPP converted" },
      ],
    },
    {
      id: "PRICE_BASE",
      name: "Price base",
      values: [
        { id: "V", name: "Current prices" },
        { id: "_Z", name: "Not applicable" },
      ],
    },
    { id: "TRANSFORMATION", name: "Transformation", values: [{ id: "_Z", name: "Not applicable" }] },
  ],
  years: [2000, 2023],
};

/**
 * One synthetic flow per bundled catalogue entry (real ids, synthetic data), so every flow the pane finds
 * by name opens in the playground and the tests.
 */
export const CATALOGUE_LIKE: FakeDataflow[] = BUNDLED_DATAFLOWS.filter((e) => e.id !== MSTI_LIKE.id).map(
  (e) => ({
    agency: e.agency,
    id: e.id,
    version: e.version || "1.0",
    name: `${e.nameEn} (synthetic fake)`,
    dimensions: [
      ...MSTI_LIKE.dimensions.slice(0, 2), // REF_AREA and FREQ (annual), as in every OECD flow
      {
        id: "MEASURE",
        name: "Measure",
        values: [
          { id: "M1", name: `${e.nameEn}: first measure` },
          { id: "M2", name: `${e.nameEn}: second measure` },
        ],
      },
    ],
    years: [2015, 2023],
  }),
);

/** Other dataflows the live list has (names as the OECD lists them), so the list is not only ours. */
const OTHER_LISTED = [
  ["OECD.ENV.EPI", "DSD_AIR_GHG@DF_AIR_GHG", "1.0", "Greenhouse gas emissions"],
  [
    "OECD.CTP.TPS",
    "DSD_REV_COMP_OECD@DF_RSOECD",
    "1.0",
    "Revenue Statistics - OECD countries: Comparative tables",
  ],
  [
    "OECD.GOV.GIP",
    "DSD_GOV_INT@DF_GOV_TDG_2025",
    "1.1",
    "Trust, security and dignity - government at a glance indicators, 2025 edition",
  ],
  ["OECD.ELS.HD", "DSD_SHA@DF_SHA", "1.0", "Health expenditure and financing"],
].map(([agency, id, version, name]) => ({ agency, id, version, name }));

/** `/dataflow/all` as .Stat Suite answers it: SDMX-JSON 1.0 when JSON is asked for, SDMX-ML 2.1 otherwise. */
function dataflowList(flows: FakeDataflow[], json: boolean): string {
  const all = [
    ...flows.map((f) => ({ agency: f.agency, id: f.id, version: f.version, name: f.name })),
    ...OTHER_LISTED,
  ];
  if (json)
    return JSON.stringify({
      meta: { id: "IDREF-FAKE", prepared: new Date().toISOString(), contentLanguages: ["en"] },
      data: {
        dataflows: all.map((f) => ({
          id: f.id,
          version: f.version,
          agencyID: f.agency,
          isExternalReference: false,
          isFinal: true,
          name: f.name,
          names: { en: f.name },
          structure: `urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=${f.agency}:${f.id.split("@")[0]}(${f.version})`,
        })),
      },
    });
  const esc = (x: string) => x.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<message:Structure xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:structure="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">',
    "<message:Structures><structure:Dataflows>",
    ...all.map(
      (f) =>
        `<structure:Dataflow id="${esc(f.id)}" agencyID="${esc(f.agency)}" version="${esc(f.version)}" isFinal="true"><common:Name xml:lang="en">${esc(f.name)}</common:Name></structure:Dataflow>`,
    ),
    "</structure:Dataflows></message:Structures></message:Structure>",
  ].join("\n");
}

const STATUS = [
  { id: "A", name: "Normal value" },
  { id: "E", name: "Estimated value" },
  { id: "P", name: "Provisional value" },
  { id: "M", name: "Missing value" },
];

interface Obs {
  idx: number[];
  year: number;
  value: number | null;
  status: number;
}

function select(
  flow: FakeDataflow,
  key: string,
  start?: string,
  end?: string,
): { chosen: number[][]; years: number[] } | string {
  const parts = key === "all" || key === "" ? flow.dimensions.map(() => "") : key.split(".");
  if (parts.length !== flow.dimensions.length)
    return `key has ${parts.length} parts, the flow ${flow.dimensions.length}`;
  const chosen = flow.dimensions.map((d, i) =>
    parts[i] === ""
      ? d.values.map((_, k) => k)
      : parts[i]
          .split("+")
          .map((c) => d.values.findIndex((v) => v.id === c))
          .filter((k) => k >= 0),
  );
  const from = Math.max(flow.years[0], start ? Number(start.slice(0, 4)) : -Infinity);
  const to = Math.min(flow.years[1], end ? Number(end.slice(0, 4)) : Infinity);
  const years: number[] = [];
  for (let y = from; y <= to && years.length < 1000; y++) years.push(y);
  return { chosen, years };
}

function* observations(chosen: number[][], years: number[]): Generator<Obs> {
  const n = chosen.length;
  const pos = new Array(n).fill(0);
  if (chosen.some((c) => c.length === 0)) return;
  for (;;) {
    const idx = pos.map((p, i) => chosen[i][p]);
    for (const year of years) {
      const h = idx.reduce((s, v, i) => s + v * (i + 7) * 31, 0) + year * 3;
      const missing = h % 53 === 0;
      const status = missing ? 3 : h % 17 === 0 ? 1 : year === years[years.length - 1] && h % 5 === 0 ? 2 : 0;
      yield {
        idx,
        year,
        value: missing ? null : Math.round(((h % 400) / 100 + (year - 2000) / 50) * 1000) / 1000,
        status,
      };
    }
    let i = n - 1;
    while (i >= 0 && ++pos[i] >= chosen[i].length) pos[i--] = 0;
    if (i < 0) return;
  }
}

function yearsOf(flow: FakeDataflow): number[] {
  return Array.from({ length: flow.years[1] - flow.years[0] + 1 }, (_, k) => flow.years[0] + k);
}

function countOf(chosen: number[][], years: number[]): number {
  return chosen.reduce((s, c) => s * c.length, 1) * years.length;
}

function sdmxJson(flow: FakeDataflow, chosen: number[][], years: number[], version: "1.0" | "2.0"): string {
  const dims = flow.dimensions.map((d, i) => ({
    id: d.id,
    name: d.name,
    names: { en: d.name },
    keyPosition: i,
    roles: [d.id],
    values: chosen[i].map((k) => ({
      id: d.values[k].id,
      name: d.values[k].name,
      names: { en: d.values[k].name },
    })),
  }));
  const time = {
    id: "TIME_PERIOD",
    name: "Time period",
    keyPosition: flow.dimensions.length,
    roles: ["TIME_PERIOD"],
    values: years.map((y) => ({
      id: String(y),
      name: String(y),
      start: `${y}-01-01T00:00:00`,
      end: `${y}-12-31T23:59:59`,
    })),
  };
  const series: Record<
    string,
    { attributes: (number | null)[]; observations: Record<string, (number | null)[]> }
  > = {};
  const posIn = chosen.map((c) => new Map(c.map((k, p) => [k, p])));
  for (const o of observations(chosen, years)) {
    const sk = o.idx.map((k, i) => posIn[i].get(k)).join(":");
    series[sk] ??= { attributes: [0], observations: {} };
    series[sk].observations[String(o.year - years[0])] = [o.value, o.status];
  }
  const structure = {
    name: flow.name,
    names: { en: flow.name },
    dimensions: { [version === "1.0" ? "dataset" : "dataSet"]: [], series: dims, observation: [time] },
    attributes: {
      dataSet: [],
      series: [{ id: "UNIT_MULT", name: "Unit multiplier", values: [{ id: "0", name: "Units" }] }],
      observation: [{ id: "OBS_STATUS", name: "Observation status", values: STATUS }],
    },
  };
  const dataSet = {
    action: "Information",
    links: [
      {
        urn: `urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=${flow.agency}:${flow.id}(${flow.version})`,
        rel: "dataflow",
      },
    ],
    series,
    ...(version === "2.0" ? { structure: 0 } : {}),
  };
  const meta = { id: "FAKE", prepared: new Date().toISOString(), test: true, sender: { id: "oecdFake" } };
  return JSON.stringify(
    version === "2.0"
      ? { meta, data: { structures: [structure], dataSets: [dataSet] }, errors: [] }
      : { meta, data: { dataSets: [dataSet], structure }, errors: [] },
  );
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function sdmxCsv(flow: FakeDataflow, chosen: number[][], years: number[], labels: boolean): string {
  const ref = `${flow.agency}:${flow.id}(${flow.version})`;
  const lines: string[] = [];
  if (labels) {
    const head = ["STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION"];
    for (const d of flow.dimensions) head.push(d.id, d.name);
    head.push(
      "TIME_PERIOD",
      "Time period",
      "OBS_VALUE",
      "Observation value",
      "OBS_STATUS",
      "Observation status",
      "UNIT_MULT",
      "Unit multiplier",
    );
    lines.push(head.map(csvCell).join(","));
  } else {
    lines.push(
      [
        "DATAFLOW",
        ...flow.dimensions.map((d) => d.id),
        "TIME_PERIOD",
        "OBS_VALUE",
        "OBS_STATUS",
        "UNIT_MULT",
      ].join(","),
    );
  }
  for (const o of observations(chosen, years)) {
    const st = STATUS[o.status];
    const v = o.value === null ? "" : String(o.value);
    if (labels) {
      const cells = ["DATAFLOW", ref, flow.name, "I"];
      flow.dimensions.forEach((d, i) => cells.push(d.values[o.idx[i]].id, d.values[o.idx[i]].name));
      cells.push(String(o.year), "", v, "", st.id, st.name, "0", "Units");
      lines.push(cells.map(csvCell).join(","));
    } else {
      lines.push(
        [ref, ...flow.dimensions.map((d, i) => d.values[o.idx[i]].id), String(o.year), v, st.id, "0"]
          .map(csvCell)
          .join(","),
      );
    }
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function structureJson(flow: FakeDataflow, available?: number[][]): string {
  const cl = (d: FakeDimension) => `CL_${d.id}`;
  return JSON.stringify({
    meta: { id: "FAKE-STRUCTURE", prepared: new Date().toISOString() },
    data: {
      dataflows: [
        {
          id: flow.id,
          agencyID: flow.agency,
          version: flow.version,
          name: flow.name,
          names: { en: flow.name },
          structure: `urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=${flow.agency}:${flow.id.split("@")[0]}(${flow.version})`,
        },
      ],
      dataStructures: [
        {
          id: flow.id.split("@")[0],
          agencyID: flow.agency,
          version: flow.version,
          name: flow.name,
          dataStructureComponents: {
            attributeList: {
              attributes: [
                {
                  id: "OBS_STATUS",
                  conceptIdentity:
                    "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=FAKE:CS(1.0).OBS_STATUS",
                },
              ],
            },
            dimensionList: {
              dimensions: flow.dimensions.map((d, i) => ({
                id: d.id,
                position: i,
                conceptIdentity: `urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=FAKE:CS(1.0).${d.id}`,
                localRepresentation: {
                  enumeration: `urn:sdmx:org.sdmx.infomodel.codelist.Codelist=FAKE:${cl(d)}(1.0)`,
                },
              })),
              timeDimensions: [{ id: "TIME_PERIOD", position: flow.dimensions.length }],
            },
          },
        },
      ],
      codelists: flow.dimensions.map((d) => ({
        id: cl(d),
        agencyID: "FAKE",
        version: "1.0",
        name: d.name,
        codes: d.values.map((v) => ({ id: v.id, name: v.name, names: { en: v.name } })),
      })),
      conceptSchemes: [
        {
          id: "CS",
          agencyID: "FAKE",
          version: "1.0",
          concepts: [
            ...flow.dimensions.map((d) => ({ id: d.id, name: d.name })),
            { id: "OBS_STATUS", name: "Observation status" },
          ],
        },
      ],
      contentConstraints: [
        {
          id: `CR_A_${flow.id}`,
          type: "Actual",
          validFrom: "2026-03-01T00:00:00Z",
          annotations: [
            {
              id: "obs_count",
              // observations, time periods included (it was the series count × 0 years = 0)
              title: String(
                countOf(available ?? flow.dimensions.map((d) => d.values.map((_, k) => k)), yearsOf(flow)),
              ),
            },
          ],
          cubeRegions: [
            {
              isIncluded: true,
              keyValues: flow.dimensions.map((d, i) => ({
                id: d.id,
                values: (available?.[i] ?? d.values.map((_, k) => k)).map((k) => d.values[k].id),
              })),
            },
          ],
        },
      ],
    },
  });
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startOecdFake(opts: OecdFakeOptions = {}): Promise<OecdFake> {
  const flows = opts.dataflows ?? [MSTI_LIKE, ...CATALOGUE_LIKE];
  const cors = opts.cors ?? true;
  const maxObs = opts.maxObservations ?? 2_000_000;
  const requests: OecdFake["requests"] = [];
  let failuresLeft = opts.fail?.count ?? 0;

  const findFlow = (agency: string, id: string) => flows.find((f) => f.agency === agency && f.id === id);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ method: req.method ?? "GET", url: url.pathname + url.search, headers: req.headers });
    const headers: Record<string, string> = cors
      ? { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Accept" }
      : {};
    const send = (
      status: number,
      body: string,
      type = "text/plain; charset=utf-8",
      extra: Record<string, string> = {},
    ) => {
      res.writeHead(status, { ...headers, "Content-Type": type, ...extra });
      res.end(body);
    };
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    if (req.method === "OPTIONS") return send(cors ? 204 : 405, "");
    const pathQuery = url.pathname + url.search;
    if (opts.fail && failuresLeft > 0 && (!opts.fail.match || opts.fail.match.test(pathQuery))) {
      failuresLeft--;
      const extra: Record<string, string> =
        opts.fail.status === 429 ? { "Retry-After": String(opts.fail.retryAfterSeconds ?? 3600) } : {};
      return send(
        opts.fail.status,
        opts.fail.status === 429 ? "Too Many Requests" : "Service Unavailable",
        "text/plain",
        extra,
      );
    }
    for (const r of opts.recorded ?? []) {
      if (typeof r.match === "string" ? pathQuery.startsWith(r.match) : r.match.test(pathQuery)) {
        return send(r.status ?? 200, r.body, r.contentType ?? "application/octet-stream");
      }
    }
    const path = url.pathname.replace(/^\/public\/rest/, "");
    let m = /^\/data\/([^/]+)\/([^/]*)\/?$/.exec(path);
    if (m) {
      const [agency, id] = decodeURIComponent(m[1]).split(",");
      const flow = findFlow(agency, id);
      if (!flow) return send(404, "NoRecordsFound", "text/plain");
      const sel = select(
        flow,
        decodeURIComponent(m[2]),
        url.searchParams.get("startPeriod") ?? undefined,
        url.searchParams.get("endPeriod") ?? undefined,
      );
      if (typeof sel === "string") return send(400, `Semantic error: ${sel}`);
      const count = countOf(sel.chosen, sel.years);
      if (count === 0) return send(404, "NoRecordsFound", "text/plain");
      if (count > maxObs) return send(413, `Too many observations (${count})`);
      const format = url.searchParams.get("format") ?? "";
      const accept = String(req.headers.accept ?? "");
      if (format === "jsondata" || (!format && accept.includes("json"))) {
        return send(
          200,
          sdmxJson(flow, sel.chosen, sel.years, opts.jsonVersion ?? "2.0"),
          "application/vnd.sdmx.data+json; charset=utf-8",
        );
      }
      return send(
        200,
        sdmxCsv(flow, sel.chosen, sel.years, format !== "csvfile"),
        "application/vnd.sdmx.data+csv; charset=utf-8",
      );
    }
    if (/^\/dataflow\/all(\/all(\/[^/]*)?)?\/?$/.test(path)) {
      const json = String(req.headers.accept ?? "").includes("json");
      return send(
        200,
        dataflowList(flows, json),
        json
          ? "application/vnd.sdmx.structure+json; charset=utf-8"
          : "application/vnd.sdmx.structure+xml; charset=utf-8",
      );
    }
    m = /^\/dataflow\/([^/]+)\/([^/]+)(\/[^/]*)?\/?$/.exec(path);
    if (m) {
      const flow = findFlow(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
      if (!flow) return send(404, "NoResultsFound");
      return send(200, structureJson(flow), "application/vnd.sdmx.structure+json; charset=utf-8");
    }
    m = /^\/availableconstraint\/([^/]+)\/([^/]*)/.exec(path);
    if (m) {
      const [agency, id] = decodeURIComponent(m[1]).split(",");
      const flow = findFlow(agency, id);
      if (!flow) return send(404, "NoResultsFound");
      const sel = select(flow, decodeURIComponent(m[2]));
      if (typeof sel === "string") return send(400, sel);
      return send(200, structureJson(flow, sel.chosen), "application/vnd.sdmx.structure+json; charset=utf-8");
    }
    return send(404, "Not found");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/public/rest`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
