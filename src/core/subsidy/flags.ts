// The flag vocabulary of the capped programmes (小規模, 大幅賃上げ特例 …), from the data, and the
// status helpers (the weakest status of several rules).
import { AppError } from "../errors/AppError";
import { normalizeKey } from "./normalize";
import { programFiles } from "./programFiles";
import type { ProgramFile, Status } from "./schema";

const programs = programFiles.map((f) => f.data as ProgramFile);

/** Flag ids in a stable order (first declaration wins), with every spelling that reaches them. */
const flagByKey = new Map<string, string>();
const flagOrder: string[] = [];
for (const p of programs) {
  if (p.kind !== "capped") continue;
  for (const f of p.flags) {
    if (!flagOrder.includes(f.id)) flagOrder.push(f.id);
    for (const n of [f.id, f.nameEn, ...f.aliases])
      if (!flagByKey.has(normalizeKey(n))) flagByKey.set(normalizeKey(n), f.id);
  }
}

export function acceptedFlags(): readonly string[] {
  return flagOrder;
}

/**
 * Flag ids from texts: each text may hold several flags separated by 「,」「、」「，」
 * or 「;」. Blank texts are skipped; an unknown flag is FLAG_UNKNOWN (#VALUE!)
 * listing the accepted ones.
 */
export function parseFlags(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const part of text.split(/[,、，;；]/)) {
      if (part.trim() === "") continue;
      const id = flagByKey.get(normalizeKey(part));
      if (id === undefined) {
        throw new AppError("FLAG_UNKNOWN", `unknown flag ${part}`, {
          params: { value: part.trim(), accepted: flagOrder.join(", ") },
        });
      }
      if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}

const statusRank: Record<Status, number> = {
  verified: 0,
  "official-summary": 1,
  secondary: 2,
  assumption: 3,
};

/** The least certain of several statuses: a result is only as sure as its weakest rule. */
export function weakestStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((a, b) => (statusRank[b] > statusRank[a] ? b : a), "verified");
}

/** Every status in a value (walks the rules of a file or frame). */
export function statusesIn(value: unknown): Status[] {
  const out: Status[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.status === "string" && o.source !== undefined) out.push(o.status as Status);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return out;
}
