// Every rule of every programme file with its value or default, status and official source
// (docs/subsidy-rules.md is generated from it by scripts/gen-subsidy-rules.mjs; a test keeps it
// in step). The rules that are not `verified` are what a user must check against the 公募要領.
import { formatSource, resolveSource } from "./findings";
import { programFiles } from "./programFiles";
import type { ProgramFile, SourceRef, Status } from "./schema";

export interface RuleRow {
  /** The data file, e.g. gotech-r7.json. */
  file: string;
  /** Programme round, e.g. GOTECH-R7. */
  code: string;
  /** Where in the file, e.g. frames[通常枠].totalCaps[years=2]. */
  path: string;
  /** The value or default in force, as text. */
  value: string;
  status: Status;
  /** The official document, section and status phrase (what users see). */
  source: string;
  /** Keys of the file's checkedIn pages (for maintainers). */
  checkedIn: string[];
  note: string;
}

export type UnverifiedRule = RuleRow & { status: Exclude<Status, "verified"> };

const VALUE_KEYS = [
  "value",
  "byBand",
  "threshold",
  "rate",
  "published",
  "from",
  "fromTime",
  "to",
  "toTime",
  "flags",
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

export function allRules(): RuleRow[] {
  const out: RuleRow[] = [];
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
        if (typeof o.status === "string" && o.source) {
          const src = o.source as SourceRef;
          out.push({
            file: name,
            code: p.code,
            path: path.replace(/^\./, ""),
            value: valueText(o),
            status: o.status as Status,
            source: formatSource(resolveSource(p, src, o.status as Status)),
            checkedIn: src.checkedIn ?? [],
            note: typeof o.note === "string" ? o.note : "",
          });
        }
        for (const [k, x] of Object.entries(o))
          if (k !== "source" && k !== "documents" && k !== "checkedIn") walk(x, `${path}.${k}`);
      }
    };
    walk(p, "");
  }
  return out;
}

/** The rules a user must check against the 公募要領: every status but `verified`. */
export function unverifiedRules(): UnverifiedRule[] {
  return allRules().filter((r): r is UnverifiedRule => r.status !== "verified");
}
