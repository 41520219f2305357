// Loaded tables' queries live in the workbook so anyone with the add-in can refresh them.
//
// Storage: one custom XML part (ExcelApi 1.5) in our own namespace, each entry a JSON text node.
// Chosen over workbook.settings because settings are scoped to the add-in's id (a sideloaded dev copy and
// the store copy would not see each other's), while a custom XML part travels with the file for any
// deployment of the add-in (office-js-docs-pr develop/persisting-add-in-state-and-settings).
// Entries are validated on read: the file may have been edited by anything.
import "../core/zodJitless"; // first: zod must not probe `new Function` under the pages' CSP
import { z } from "zod";
import type { JsonValue } from "./json";
import { SyncMeter } from "./payload";
import { stripAppId } from "./stripAppId";
import type { ExcelRun, StoredQuery } from "./types";

export const STORED_QUERIES_NAMESPACE = "urn:sme-policy-toolkit:stored-queries:1";

const entrySchema = z.object({
  tableName: z.string(),
  sheet: z.string(),
  source: z.string(),
  title: z.string().optional(),
  query: z.json(),
  loadedAt: z.string(),
  sourceUpdated: z.string().optional(),
  columns: z.array(z.string()).optional(),
  headers: z.array(z.string()).optional(),
});

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The stored form: never carries an appId, whatever the caller put in the query. */
export function sanitizeStoredQuery(q: StoredQuery): StoredQuery {
  return stripAppId(q as unknown as JsonValue) as unknown as StoredQuery;
}

export function serializeStoredQueries(list: StoredQuery[]): string {
  const entries = list
    .map((q) => `<entry>${escapeXml(JSON.stringify(sanitizeStoredQuery(q)))}</entry>`)
    .join("");
  return `<storedQueries xmlns="${STORED_QUERIES_NAMESPACE}" version="1">${entries}</storedQueries>`;
}

/** Reads entries back, skipping any that do not parse (a hand-edited or newer file). */
export function parseStoredQueries(xml: string): StoredQuery[] {
  const out: StoredQuery[] = [];
  for (const m of xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    try {
      const parsed = entrySchema.safeParse(JSON.parse(unescapeXml(m[1])));
      if (parsed.success) out.push(parsed.data as StoredQuery);
    } catch {
      // not JSON: skipped
    }
  }
  return out;
}

export interface StoredQueriesRead {
  list: StoredQuery[];
  parts: Excel.CustomXmlPart[];
  /** The parts' XML as found, so a failed write can put them back exactly. */
  xml: string[];
}

/**
 * Queues the read of the stored list; `finish` runs after the caller's next sync and makes one more sync
 * only when a part exists (its XML). Lets callers fold the first step into their own check sync.
 */
export function queueStoredQueriesRead(
  context: Excel.RequestContext,
  meter: SyncMeter,
): { finish(): Promise<StoredQueriesRead> } {
  const scoped = context.workbook.customXmlParts.getByNamespace(STORED_QUERIES_NAMESPACE);
  scoped.load("items/id");
  meter.add();
  return {
    async finish() {
      const parts = scoped.items;
      if (parts.length === 0) return { list: [], parts, xml: [] };
      const results = parts.map((p) => p.getXml());
      meter.add();
      await meter.sync();
      const xml = results.map((x) => x.value ?? "");
      return { list: xml.flatMap(parseStoredQueries), parts, xml };
    },
  };
}

export async function readStoredQueriesIn(
  context: Excel.RequestContext,
  meter: SyncMeter,
): Promise<StoredQueriesRead> {
  const read = queueStoredQueriesRead(context, meter);
  await meter.sync();
  return read.finish();
}

/** Puts the namespace's parts back to exactly the given XML strings (used when a write is undone). */
export async function restoreStoredQueriesXml(
  context: Excel.RequestContext,
  meter: SyncMeter,
  xml: string[],
): Promise<void> {
  const scoped = context.workbook.customXmlParts.getByNamespace(STORED_QUERIES_NAMESPACE);
  scoped.load("items/id");
  await meter.sync();
  for (const p of scoped.items) p.delete();
  for (const x of xml) context.workbook.customXmlParts.add(x);
  meter.add(xml);
}

/** Queues writing the list: the first part is rewritten, duplicates (from concurrent writers) removed. */
export function writeStoredQueriesIn(
  context: Excel.RequestContext,
  meter: SyncMeter,
  parts: Excel.CustomXmlPart[],
  list: StoredQuery[],
): void {
  const xml = serializeStoredQueries(list);
  if (parts.length === 0) context.workbook.customXmlParts.add(xml);
  else parts[0].setXml(xml);
  meter.add(xml);
  for (const extra of parts.slice(1)) {
    extra.delete();
    meter.add();
  }
}

/** Replaces the entry with the same table name, or adds one. */
export function upsert(list: StoredQuery[], q: StoredQuery): StoredQuery[] {
  const key = q.tableName.toLowerCase();
  return [...list.filter((x) => x.tableName.toLowerCase() !== key), sanitizeStoredQuery(q)];
}

export function listStoredQueries(run: ExcelRun): Promise<StoredQuery[]> {
  return run(async (context) => (await readStoredQueriesIn(context, new SyncMeter(context))).list);
}

export function saveStoredQuery(run: ExcelRun, q: StoredQuery): Promise<void> {
  return run(async (context) => {
    const meter = new SyncMeter(context);
    const { list, parts } = await readStoredQueriesIn(context, meter);
    writeStoredQueriesIn(context, meter, parts, upsert(list, q));
    await meter.sync();
  });
}

/** Returns whether an entry was removed. */
export function removeStoredQuery(run: ExcelRun, tableName: string): Promise<boolean> {
  return run(async (context) => {
    const meter = new SyncMeter(context);
    const { list, parts } = await readStoredQueriesIn(context, meter);
    const kept = list.filter((x) => x.tableName.toLowerCase() !== tableName.toLowerCase());
    if (kept.length === list.length) return false;
    writeStoredQueriesIn(context, meter, parts, kept);
    await meter.sync();
    return true;
  });
}
