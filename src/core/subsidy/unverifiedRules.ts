// Every rule whose status is not "verified", with its value or default: what a user must check
// against the 公募要領 (docs/subsidy-rules.md lists the same rows; a test keeps them in step).
import { formatSource, resolveSource } from "./findings";
import { programFiles } from "./programFiles";
import type { ProgramFile, SourceRef, Status } from "./schema";

export interface UnverifiedRule {
  /** The data file, e.g. gotech-r7.json. */
  file: string;
  /** Programme round, e.g. GOTECH-R7. */
  code: string;
  /** Where in the file, e.g. frames[通常枠].totalCaps[years=2]. */
  path: string;
  /** The value or default in force, as text. */
  value: string;
  status: Exclude<Status, "verified">;
  source: string;
  note: string;
}

const VALUE_KEYS = [
  "value",
  "byBand",
  "threshold",
  "rate",
  "from",
  "to",
  "flag",
  "basis",
  "messageJa",
  "min",
  "max",
];

function label(key: string, item: unknown, i: number): string {
  const o = item as Record<string, unknown>;
  const id =
    o && typeof o === "object" ? (o.id ?? (o.years !== undefined ? `years=${o.years}` : o.flag)) : undefined;
  return id !== undefined ? `${key}[${String(id)}]` : `${key}[${i}]`;
}

function valueText(o: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const k of VALUE_KEYS) {
    if (!(k in o)) continue;
    const v = o[k];
    if (k === "messageJa") parts.push(String(v));
    else if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number"))
      parts.push(`${k} ${v[0]}/${v[1]}`);
    else if (v !== null && typeof v === "object")
      parts.push(
        `${k} ${Object.entries(v)
          .map(([a, b]) => `${a}: ${b}`)
          .join(", ")}`,
      );
    else parts.push(`${k} ${String(v)}`);
  }
  if (Array.isArray(o.bands)) parts.push(`bands ${o.bands.map((b: { id: string }) => b.id).join(" / ")}`);
  if (typeof o.comparator === "string") parts.push(`(${o.comparator})`);
  if (o.when && typeof o.when === "object") {
    const w = o.when as { allOf?: string[]; anyOf?: string[] };
    parts.push(`when ${[...(w.allOf ?? []), ...(w.anyOf ?? []).map((x) => `${x}?`)].join("+")}`);
  }
  return parts.join(" ");
}

export function unverifiedRules(): UnverifiedRule[] {
  const out: UnverifiedRule[] = [];
  for (const { name, data } of programFiles) {
    const p = data as ProgramFile;
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v))
        v.forEach((x, i) =>
          walk(
            x,
            path.replace(/\.(\w+)$/, (_m, k: string) => `.${label(k, x, i)}`),
          ),
        );
      else if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o.status === "string" && o.source && o.status !== "verified") {
          out.push({
            file: name,
            code: p.code,
            path: path.replace(/^\./, ""),
            value: valueText(o),
            status: o.status as UnverifiedRule["status"],
            source: formatSource(resolveSource(p, o.source as SourceRef)),
            note: typeof o.note === "string" ? o.note : "",
          });
        }
        for (const [k, x] of Object.entries(o))
          if (k !== "source" && k !== "documents") walk(x, `${path}.${k}`);
      }
    };
    walk(p, "");
  }
  return out;
}
