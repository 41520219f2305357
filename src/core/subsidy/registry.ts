// The programme registry: the bundled files, programme-id resolution ("MONO-19:高付加価値化枠",
// "SHORYOKU:一般型", Japanese full names) and the flag vocabulary, all derived from the data.
import { AppError } from "../errors/AppError";
import { closest, normalizeKey } from "./normalize";
import { programFiles } from "./programFiles";
import type { CappedFrame, CappedProgram, GoTechFrame, GoTechProgram, ProgramFile, Status } from "./schema";

// Validated by validatePrograms in registry.test.ts and the build; cast here so zod is not bundled.
const programs = programFiles.map((f) => f.data as ProgramFile);

export function allPrograms(): readonly ProgramFile[] {
  return programs;
}

/** One selectable (programme round, frame) pair. */
export interface ProgramEntry {
  /** Canonical id: `CODE:frame`, e.g. `MONO-19:高付加価値化枠`. */
  id: string;
  program: ProgramFile;
  frameId: string;
  /** True when this is the newest round of its family offering this frame. */
  latest: boolean;
}

export interface CappedEntry extends ProgramEntry {
  program: CappedProgram;
  frame: CappedFrame;
}

const entries: ProgramEntry[] = programs.flatMap((p) =>
  p.frames.map((f) => ({
    id: `${p.code}:${f.id}`,
    program: p,
    frameId: f.id,
    latest: !programs.some(
      (q) => q.family === p.family && q.round.number > p.round.number && q.frames.some((g) => g.id === f.id),
    ),
  })),
);

export function allEntries(): readonly ProgramEntry[] {
  return entries;
}

function frameNames(p: ProgramFile, frameId: string): string[] {
  const f = p.frames.find((g) => g.id === frameId)!;
  return [f.id, f.nameJa, ...f.aliases];
}

function programNames(e: ProgramEntry): string[] {
  const p = e.program;
  const base = [p.nameJa, ...p.aliases];
  const rounds = [p.round.label, ...p.round.aliases];
  const withRound = base.flatMap((n) => rounds.map((r) => `${n}${r}`));
  const names = [p.code, ...(p.codeAliases ?? []), ...withRound];
  if (e.latest) names.push(p.family, ...base);
  return names;
}

// Every accepted spelling → entry ids. Spellings shared by several entries are ambiguous.
const byKey = new Map<string, Set<string>>();
function addKey(key: string, id: string) {
  const k = normalizeKey(key);
  if (!byKey.has(k)) byKey.set(k, new Set());
  byKey.get(k)!.add(id);
}
for (const e of entries) {
  const frames = frameNames(e.program, e.frameId);
  const rounds = [e.program.round.label, ...e.program.round.aliases];
  for (const name of programNames(e)) {
    for (const frame of frames) addKey(`${name}:${frame}`, e.id);
  }
  // 「小規模事業者持続化補助金 一般型 通常枠 第18回」: round after the frame.
  for (const name of [e.program.nameJa, ...e.program.aliases]) {
    for (const frame of frames) for (const r of rounds) addKey(`${name}${frame}${r}`, e.id);
  }
  if (e.program.frames.length === 1) for (const name of programNames(e)) addKey(name, e.id);
}

const entryById = new Map(entries.map((e) => [e.id, e]));

/** The entry a user's programme text names, or PROGRAM_UNKNOWN / PROGRAM_AMBIGUOUS (#VALUE!). */
export function resolveProgram(text: string): ProgramEntry {
  const key = normalizeKey(text);
  const ids = byKey.get(key);
  if (ids === undefined) {
    const suggestion = closest(
      key,
      [...byKey.entries()].map(([k, v]) => ({ key: k, value: [...v][0] })),
    );
    throw new AppError("PROGRAM_UNKNOWN", `unknown programme ${text}`, {
      params: { value: text, closest: suggestion ?? "", accepted: entries.map((e) => e.id).join(", ") },
    });
  }
  if (ids.size > 1) {
    throw new AppError("PROGRAM_AMBIGUOUS", `ambiguous programme ${text}`, {
      params: { value: text, choices: [...ids].join(", ") },
    });
  }
  return entryById.get([...ids][0])!;
}

/** A capped-grant programme (ものづくり, 持続化, 省力化 …); Go-Tech ids are refused with a pointer to SME.GOTECH. */
export function resolveCappedProgram(text: string): CappedEntry {
  const e = resolveProgram(text);
  if (e.program.kind !== "capped") {
    throw new AppError("PROGRAM_NEEDS_GOTECH", `${e.id} is a consortium programme`, {
      params: { value: e.id },
    });
  }
  const frame = e.program.frames.find((f) => f.id === e.frameId)!;
  return { ...e, program: e.program, frame };
}

/** The Go-Tech round named by `round` (blank → newest) and its frame. */
export function resolveGoTech(
  frameText: string,
  round: string | null = null,
): { program: GoTechProgram; frame: GoTechFrame } {
  const gotech = programs.filter((p): p is GoTechProgram => p.kind === "gotech");
  let program: GoTechProgram | undefined;
  if (round === null || round.trim() === "") {
    program = gotech.reduce((a, b) => (b.round.number > a.round.number ? b : a));
  } else {
    const key = normalizeKey(round);
    program = gotech.find((p) =>
      [p.code, p.round.label, ...p.round.aliases, `${p.family}${p.round.aliases[0] ?? ""}`].some(
        (n) => normalizeKey(n) === key,
      ),
    );
    if (program === undefined) {
      throw new AppError("ROUND_UNKNOWN", `unknown round ${round}`, {
        params: {
          value: round,
          accepted: gotech.map((p) => `${p.round.aliases[0]} (${p.round.label})`).join(", "),
        },
      });
    }
  }
  const fkey = normalizeKey(frameText);
  const frame = program.frames.find((f) =>
    [f.id, f.nameJa, ...f.aliases].some((n) => normalizeKey(n) === fkey),
  );
  if (frame === undefined) {
    throw new AppError("FRAME_UNKNOWN", `unknown frame ${frameText}`, {
      params: { value: frameText, accepted: program.frames.map((f) => f.id).join(", ") },
    });
  }
  return { program, frame };
}

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
