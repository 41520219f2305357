// 公募期間 as text: 「2026-11-05〜2026-12-15 17:00」, 「未確認」 for an unknown date, 「随時」 for a
// rolling call. Times are Japan time (JST), as the 公募要領 write them.
import type { ApplicationPeriod } from "./schema";

export function startText(p: ApplicationPeriod): string {
  if (p.from === null) return "未確認";
  return p.fromTime ? `${p.from} ${p.fromTime}` : p.from;
}

export function deadlineText(p: ApplicationPeriod): string {
  if (p.to === null) return p.rolling ? "随時受付" : "未確認";
  return p.toTime ? `${p.to} ${p.toTime}` : p.to;
}

export function periodText(p: ApplicationPeriod): string {
  return `${startText(p)}〜${deadlineText(p)}`;
}
