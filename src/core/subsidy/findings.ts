// Findings are data: what a calculation noticed, in both languages, with the rule's source and status.
import { messageFor } from "../errors/messages";
import type { ProgramFile, SourceRef, Status } from "./schema";
import { STATUS_PHRASE } from "./statuses";

export type Severity = "error" | "warning" | "info";

/**
 * A rule's source resolved against the file's OFFICIAL documents (never a checkedIn page):
 * publisher, document title, section and URL, and the rule's status when it is not verified.
 */
export interface SourceText {
  publisher?: string;
  document: string;
  section: string;
  url: string;
  status?: Status;
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

export function resolveSource(
  program: Pick<ProgramFile, "documents">,
  ref: SourceRef,
  status?: Status,
): SourceText {
  const doc = program.documents[ref.doc];
  return {
    publisher: doc?.publisher,
    document: doc?.title ?? ref.doc,
    section: ref.section,
    url: doc?.url ?? "",
    ...(status !== undefined ? { status } : {}),
  };
}

/** The short phrase for a status that is not `verified` (「二次資料で確認」), else "". */
export function statusPhrase(status: Status | null | undefined, lang: "ja" | "en" = "ja"): string {
  return status ? STATUS_PHRASE[status][lang] : "";
}

/**
 * One line of text for a cell or the pane:
 * 「publisher「document」 section（二次資料で確認） URL」 (the status phrase only when not verified).
 */
export function formatSource(source: SourceText | null, lang: "ja" | "en" = "ja"): string {
  if (source === null) return "";
  const phrase = statusPhrase(source.status, lang);
  const who = source.publisher ? `${source.publisher}「${source.document}」` : `「${source.document}」`;
  const how = phrase ? (lang === "ja" ? `（${phrase}）` : ` (${phrase})`) : "";
  return `${who} ${source.section}${how} ${source.url}`.trim();
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
    source: rule && program ? resolveSource(program, rule.source, rule.status) : null,
    status: rule ? rule.status : null,
    params,
  };
}

/** Yen with thousands separators, for messages. */
export function yenText(amount: number): string {
  return amount.toLocaleString("en-US");
}
