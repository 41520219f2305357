import { ESTAT_CREDIT } from "../../core/stats/estat/credit";
import { oecdCredit } from "../../core/stats/oecd/credit";
import type { TableMeta } from "../../core/stats/table/types";
import { utcOffset, wallClock } from "../../core/utcOffset";
import type { LoadRequest } from "../actions";
import { ja } from "../i18n/ja";

/** Written when an organisation's shared cache answered for a source it could not reach (docs/DEPLOY.md). */
export const STALE_CACHE_NOTE =
  "キャッシュ（提供元に接続できませんでした）/ Cache (the source could not be reached)";

/**
 * Label/value rows written above a loaded table. Labels are bilingual so the block reads the same for
 * whoever opens the workbook. The query never holds the appId (the caller passes the stored query).
 */
export function provenanceRows(meta: TableMeta, query: string, retrievedAt: string): string[][] {
  const rows: [string, string | undefined][] = [
    ["出典 / Source", meta.source === "offline" ? "内蔵データ / Offline pack" : meta.source],
    ["統計名 / Survey", meta.survey],
    ["表番号 / Table id", meta.id],
    ["表題 / Title", meta.title],
    ["作成機関 / Organisation", meta.organization],
    ["条件 / Query", query],
    ["取得日時 / Retrieved at", localTimeWithOffset(retrievedAt)],
    ["取得元 / Served by", meta.staleCache ? STALE_CACHE_NOTE : undefined],
    ["出典の更新日 / Source updated", meta.updated],
    ["URL", meta.sourceUrl],
    ["確認状況 / Status", statusLabel(meta.status)],
    [
      "クレジット / Credit",
      meta.source === "e-Stat"
        ? ESTAT_CREDIT
        : meta.source === "OECD"
          ? oecdCredit(meta.title, retrievedAt)
          : meta.credit,
    ],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== "");
}

/**
 * An ISO time ("2026-12-07T04:24:17.785Z", as stored in the query) as the reader's local time with its
 * offset: "2026-12-07 13:24 (JST, UTC+09:00)", or "2026-12-07 05:24 (UTC+01:00)" elsewhere. Anything
 * that is not an ISO time is returned as it is. `offsetMinutes` east of UTC (default: this machine's).
 */
export function localTimeWithOffset(iso: string, offsetMinutes?: number): string {
  const at = wallClock(iso, offsetMinutes);
  if (!at) return iso;
  const { clock, offset } = at;
  const local = clock.toISOString();
  const zone = utcOffset(offset);
  return `${local.slice(0, 10)} ${local.slice(11, 16)} (${offset === 540 ? `JST, ${zone}` : zone})`;
}

/**
 * The status as the pane labels it, Japanese first, with the pack's own word kept after the slash
 * ("二次資料 / secondary"), so the block reads like the pane and a filter on the English word still works.
 */
export function statusLabel(status: string | undefined): string | undefined {
  if (status === undefined) return undefined;
  const one = (part: string) =>
    part === "verified"
      ? ja.statusVerified
      : part === "official-summary"
        ? ja.statusOfficialSummary
        : part === "secondary"
          ? ja.statusSecondary
          : part === "assumption"
            ? ja.statusAssumption
            : undefined;
  const parts = status.split("/");
  const labels = parts.map(one);
  return labels.some((l) => l === undefined) ? status : `${labels.join("・")} / ${status}`;
}

/**
 * The query as a person reads it in the provenance block (the machine-readable form is the
 * stored query in the workbook's custom XML part): table id, filters, layout.
 */
export function describeLoadRequest(request: LoadRequest): string {
  const key =
    request.ref.source === "e-Stat" ? "statsDataId" : request.ref.source === "OECD" ? "dataflow" : "id";
  const parts = [`${key}=${request.ref.id}`];
  const filters = Object.entries(request.filters).filter(([, codes]) => codes.length > 0);
  for (const [dim, codes] of filters) {
    const shown = codes.length > 12 ? `${codes.slice(0, 12).join(",")},…(${codes.length})` : codes.join(",");
    parts.push(`${dim}=${shown}`);
  }
  for (const [dim, level] of Object.entries(request.levels ?? {})) parts.push(`lv(${dim})=${level}`);
  const layout =
    request.layout.kind === "long"
      ? "縦長 / long"
      : `横長 / wide (行 rows: ${request.layout.rows.join(",")}; 列 columns: ${request.layout.columns.join(",")})`;
  parts.push(`形式 / layout: ${layout}`);
  return parts.join("; ");
}
