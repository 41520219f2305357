/** The credit e-Stat's terms require in every application that uses the API (FAQ; domain notes §1.13). */
export const ESTAT_CREDIT =
  "このサービスは、政府統計総合窓口(e-Stat)のAPI機能を使用していますが、サービスの内容は国によって保証されたものではありません。";

/** e-Stat's own table view for a statsDataId: a page a person can open (no appId involved). */
export function estatTableViewUrl(statsDataId: string): string {
  return `https://www.e-stat.go.jp/dbview?sid=${encodeURIComponent(statsDataId)}`;
}
