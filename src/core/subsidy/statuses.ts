// Runtime constants of the programme files (no zod here: the runtime bundles import this file).

/**
 * How we know a rule, weakest last:
 * - `verified`: read in the official document's own text (the 公募要領 PDF itself); the rule quotes it.
 * - `official-summary`: read on an official page or leaflet that summarises the document.
 * - `secondary`: read only on non-official pages (consultants, support organisations).
 * - `assumption`: no source says it; our default, to be checked.
 */
export const STATUSES = ["verified", "official-summary", "secondary", "assumption"] as const;
export type Status = (typeof STATUSES)[number];

/** Where a value was read: the official text, an official summary, or a non-official page. */
export const CHECKED_IN_KINDS = ["official-text", "official-summary", "secondary"] as const;
export type CheckedInKind = (typeof CHECKED_IN_KINDS)[number];

/**
 * Hosts a programme file may name in `documents` (what users see as the source): one list for every
 * data file, kept in src/core/citations/officialHosts.ts (government *.go.jp and e-Gov, OECD, 連合, and
 * the secretariats and federations that issue the 公募要領). Consultants' and support organisations'
 * pages belong in `checkedIn` only.
 */
export { OFFICIAL_HOST_SUFFIXES, isOfficialUrl } from "../citations/officialHosts";

/** Short phrase users see after a citation whose status is not `verified`. */
export const STATUS_PHRASE: Record<Status, { ja: string; en: string }> = {
  verified: { ja: "", en: "" },
  "official-summary": { ja: "公式概要で確認", en: "checked in an official summary" },
  secondary: { ja: "二次資料で確認", en: "checked in secondary sources" },
  assumption: { ja: "仮定", en: "assumption" },
};

/**
 * What the pane, the calculation sheet and SME.GRANTCHECK(…, "ja"|"en") show for a status: the
 * reader's word, with the machine code kept beside it for support.
 */
export const STATUS_LABEL: Record<Status, { ja: string; en: string }> = {
  verified: { ja: "公式確認済み", en: "Verified in the official text" },
  "official-summary": { ja: "公式概要で確認", en: "Checked in an official summary" },
  secondary: { ja: "二次資料で確認", en: "Checked in secondary sources" },
  assumption: { ja: "仮定", en: "Assumption" },
};

/** A finding's severity in the reader's words (重要度: 情報 / 注意 / エラー). */
export const SEVERITY_LABEL: Record<"info" | "warning" | "error", { ja: string; en: string }> = {
  info: { ja: "情報", en: "Info" },
  warning: { ja: "注意", en: "Warning" },
  error: { ja: "エラー", en: "Error" },
};
