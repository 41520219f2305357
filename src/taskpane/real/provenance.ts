import { ESTAT_CREDIT } from "../../core/stats/estat/credit";
import type { TableMeta } from "../../core/stats/table/types";

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
    ["取得日時 / Retrieved at", retrievedAt],
    ["出典の更新日 / Source updated", meta.updated],
    ["URL", meta.sourceUrl],
    ["確認状況 / Status", meta.status],
    ["クレジット / Credit", meta.source === "e-Stat" ? ESTAT_CREDIT : meta.credit],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== "");
}
