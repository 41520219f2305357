// Findings are data: what a calculation noticed, in both languages, with the rule's source and status.
import { messageFor } from "../errors/messages";
import type { ProgramFile, SourceRef, Status } from "./schema";

export type Severity = "error" | "warning" | "info";

/** A rule's source resolved against the file's documents. */
export interface SourceText {
  document: string;
  section: string;
  url: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  messageJa: string;
  messageEn: string;
  source: SourceText | null;
  /** How sure the rule behind the finding is; null when the finding rests on no programme rule. */
  status: Status | null;
  params: Record<string, string | number>;
}

/** The parts of a rule a finding cites. */
export interface RuleMeta {
  source: SourceRef;
  status: Status;
}

export function resolveSource(program: Pick<ProgramFile, "documents">, ref: SourceRef): SourceText {
  const doc = program.documents[ref.doc];
  return { document: doc?.title ?? ref.doc, section: ref.section, url: doc?.url ?? "" };
}

/** One line of text for a cell: 「document section URL」. */
export function formatSource(source: SourceText | null): string {
  if (source === null) return "";
  return `${source.document}「${source.section}」 ${source.url}`.trim();
}

/** A finding whose text comes from the subsidy message tables (messages.ja.ts / messages.en.ts). */
export function makeFinding(
  code: string,
  severity: Severity,
  params: Record<string, string | number>,
  program: Pick<ProgramFile, "documents"> | null,
  rule: RuleMeta | null,
): Finding {
  return {
    code,
    severity,
    messageJa: messageFor(code, params, "ja"),
    messageEn: messageFor(code, params, "en"),
    source: rule && program ? resolveSource(program, rule.source) : null,
    status: rule ? rule.status : null,
    params,
  };
}

/** Yen with thousands separators, for messages. */
export function yenText(amount: number): string {
  return amount.toLocaleString("en-US");
}
