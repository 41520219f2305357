// The programme registry: the bundled files and programme-id resolution. A round-specific id
// ("MONO-19:高付加価値化枠", "SHORYOKU-4:一般型", an old code alias) names one round; a family id
// ("SHORYOKU:一般型", "持続化補助金") picks the round by date (selectRound.ts).
import { AppError } from "../errors/AppError";
import type { AsOf } from "./asOf";
import type { Finding } from "./findings";
import { closest, normalizeKey } from "./normalize";
import { programFiles } from "./programFiles";
import type { CappedFrame, CappedProgram, GoTechFrame, GoTechProgram, ProgramFile } from "./schema";
import { chooseRound, roundFindings } from "./selectRound";

export { acceptedFlags, parseFlags, statusesIn, weakestStatus } from "./flags";

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
  /** True when this is the newest round (highest number) of its family offering this frame. */
  latest: boolean;
}

/** An entry as resolved for one call: how its round was chosen and what to tell about it. */
export interface ResolvedEntry extends ProgramEntry {
  /** ROUND_SELECTED, ROUND_CLOSED, ROUND_NOT_YET_OPEN (info). */
  roundFindings: Finding[];
}

export interface CappedEntry extends ResolvedEntry {
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

/** The rounds of a family that offer a frame, oldest first. */
export function roundsOf(family: string, frameId: string): ProgramEntry[] {
  return entries
    .filter((e) => e.program.family === family && e.frameId === frameId)
    .sort((a, b) => a.program.round.number - b.program.round.number);
}

function frameNames(p: ProgramFile, frameId: string): string[] {
  const f = p.frames.find((g) => g.id === frameId)!;
  return [f.id, f.nameJa, ...f.aliases];
}

// Every accepted spelling → entry ids, or family selectors "@FAMILY:frame" (resolved by date).
// Spellings shared by several targets are ambiguous.
const byKey = new Map<string, Set<string>>();
function addKey(key: string, target: string) {
  const k = normalizeKey(key);
  if (!byKey.has(k)) byKey.set(k, new Set());
  byKey.get(k)!.add(target);
}
for (const e of entries) {
  const p = e.program;
  const frames = frameNames(p, e.frameId);
  const base = [p.nameJa, ...p.aliases];
  const rounds = [p.round.label, ...p.round.aliases];
  const roundNames = [
    p.code,
    ...(p.codeAliases ?? []),
    ...base.flatMap((n) => rounds.map((r) => `${n}${r}`)),
  ];
  const family = `@${p.family}:${e.frameId}`;
  for (const name of roundNames) for (const frame of frames) addKey(`${name}:${frame}`, e.id);
  for (const name of [p.family, ...base]) for (const frame of frames) addKey(`${name}:${frame}`, family);
  // 「小規模事業者持続化補助金 一般型 通常枠 第18回」: round after the frame.
  for (const name of base)
    for (const frame of frames) for (const r of rounds) addKey(`${name}${frame}${r}`, e.id);
  if (p.frames.length === 1) {
    for (const name of roundNames) addKey(name, e.id);
    for (const name of [p.family, ...base]) addKey(name, family);
  }
}

const entryById = new Map(entries.map((e) => [e.id, e]));

const suggestionCandidates = [...byKey.entries()].map(([k, v]) => ({
  key: k,
  value: [...v][0].replace(/^@/, ""),
}));
/** Suggestions already computed (a range of the same wrong id asks once per cell); bounded. */
const suggestionCache = new Map<string, string | undefined>();

/** Suggestions computed in the current synchronous run (one formula over a range): each costs tens of ms
 *  over thousands of spellings, so after MAX_SUGGESTIONS_PER_RUN distinct misses the rest get none (the
 *  message still lists the accepted ids). Reset when the run ends (next microtask). */
const MAX_SUGGESTIONS_PER_RUN = 2;
let suggestionsThisRun = 0;

/** The closest accepted spelling's entry id; none for text far longer than any id (no useful suggestion). */
function suggestFor(key: string): string | undefined {
  if (suggestionCache.has(key)) return suggestionCache.get(key);
  if (suggestionsThisRun === 0) queueMicrotask(() => (suggestionsThisRun = 0));
  if (++suggestionsThisRun > MAX_SUGGESTIONS_PER_RUN) return undefined;
  const s = key.length > 80 ? undefined : closest(key, suggestionCandidates);
  if (suggestionCache.size >= 500) suggestionCache.clear();
  suggestionCache.set(key, s);
  return s;
}

/**
 * The entry a user's programme text names, or PROGRAM_UNKNOWN / PROGRAM_AMBIGUOUS (#VALUE!).
 * A family id picks the round by `asOf` (default: today in Japan).
 */
export function resolveProgram(text: string, asOf?: AsOf): ResolvedEntry {
  const key = normalizeKey(text);
  const ids = byKey.get(key);
  if (ids === undefined) {
    const suggestion = suggestFor(key);
    throw new AppError("PROGRAM_UNKNOWN", `unknown programme ${text}`, {
      params: { value: text, closest: suggestion ?? "", accepted: entries.map((e) => e.id).join(", ") },
    });
  }
  if (ids.size > 1) {
    throw new AppError("PROGRAM_AMBIGUOUS", `ambiguous programme ${text}`, {
      params: { value: text, choices: [...ids].map((i) => i.replace(/^@/, "")).join(", ") },
    });
  }
  const target = [...ids][0];
  if (!target.startsWith("@")) {
    const e = entryById.get(target)!;
    const candidates = roundsOf(e.program.family, e.frameId);
    return { ...e, roundFindings: roundFindings(e, candidates, asOf, null) };
  }
  const [family, frameId] = target.slice(1).split(/:(.*)/s);
  const candidates = roundsOf(family, frameId);
  const e = chooseRound(candidates, asOf);
  return { ...e, roundFindings: roundFindings(e, candidates, asOf, `${family}:${frameId}`) };
}

/** A capped-grant programme (ものづくり, 持続化, 省力化 …); Go-Tech ids are refused with a pointer to SME.GOTECH. */
export function resolveCappedProgram(text: string, asOf?: AsOf): CappedEntry {
  const e = resolveProgram(text, asOf);
  if (e.program.kind !== "capped") {
    throw new AppError("PROGRAM_NEEDS_GOTECH", `${e.id} is a consortium programme`, {
      params: { value: e.id },
    });
  }
  const frame = e.program.frames.find((f) => f.id === e.frameId)!;
  return { ...e, program: e.program, frame };
}

function goTechFrameOf(program: GoTechProgram, frameText: string): GoTechFrame {
  const fkey = normalizeKey(frameText);
  const frame = program.frames.find((f) =>
    [f.id, f.nameJa, ...f.aliases].some((n) => normalizeKey(n) === fkey),
  );
  if (frame === undefined) {
    throw new AppError("FRAME_UNKNOWN", `unknown frame ${frameText}`, {
      params: { value: frameText, accepted: program.frames.map((f) => f.id).join(", ") },
    });
  }
  return frame;
}

/**
 * The Go-Tech round and frame. `round` names a round (R7, 令和7年度, GOTECH-R7); an AsOf (a date
 * given as `round`) or a blank round picks it by date (blank = today in Japan).
 */
export function resolveGoTech(
  frameText: string,
  round: string | AsOf | null = null,
): { program: GoTechProgram; frame: GoTechFrame; roundFindings: Finding[] } {
  const gotech = programs.filter((p): p is GoTechProgram => p.kind === "gotech");
  if (round === null || typeof round === "object" || round.trim() === "") {
    const asOf = round === null || typeof round !== "object" ? undefined : round;
    const newestFirst = [...gotech].sort((a, b) => b.round.number - a.round.number);
    const fkey = normalizeKey(frameText);
    const owner = newestFirst.find((p) =>
      p.frames.some((f) => [f.id, f.nameJa, ...f.aliases].some((n) => normalizeKey(n) === fkey)),
    );
    const frameId = goTechFrameOf(owner ?? newestFirst[0], frameText).id;
    const family = newestFirst[0].family;
    const candidates = roundsOf(family, frameId);
    const e = chooseRound(candidates, asOf);
    const program = e.program as GoTechProgram;
    return {
      program,
      frame: goTechFrameOf(program, frameId),
      roundFindings: roundFindings(e, candidates, asOf, `${family}:${frameId}`),
    };
  }
  const key = normalizeKey(round);
  const program = gotech.find((p) =>
    [
      p.code,
      ...(p.codeAliases ?? []),
      p.round.label,
      ...p.round.aliases,
      `${p.family}${p.round.aliases[0] ?? ""}`,
    ].some((n) => normalizeKey(n) === key),
  );
  if (program === undefined) {
    throw new AppError("ROUND_UNKNOWN", `unknown round ${round}`, {
      params: {
        value: round,
        accepted: gotech.map((p) => `${p.round.aliases[0]} (${p.round.label})`).join(", "),
      },
    });
  }
  const frame = goTechFrameOf(program, frameText);
  const e = entryById.get(`${program.code}:${frame.id}`)!;
  return {
    program,
    frame,
    roundFindings: roundFindings(e, roundsOf(program.family, frame.id), undefined, null),
  };
}
