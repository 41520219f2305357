// 自己診断 / Self-check: what a person checks once in a real Excel (web, Windows, Mac), as one report
// they can copy to a help desk. Everything comes in through SelfCheckDeps (Excel.run or the fake's run,
// Office.context as a facade, fetch, storage), so the same code runs in Excel, the playground and Node.
import { functionsChecks } from "./functionsCheck";
import { hostChecks, requirementChecks } from "./hostChecks";
import { reachabilityCheck, storageCheck } from "./networkChecks";
import type { CheckItem, SelfCheckDeps } from "./types";

export interface SelfCheckReport {
  startedAt: string;
  items: CheckItem[];
}

export async function runSelfCheck(deps: SelfCheckDeps): Promise<SelfCheckReport> {
  const startedAt = new Date().toISOString();
  const suffix = deps.random?.() ?? Math.random().toString(36).slice(2, 8);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const items: CheckItem[] = [];
  const add = (more: CheckItem[]) => {
    items.push(...more);
    deps.onProgress?.(items.slice());
  };
  add(hostChecks(deps.host));
  add(requirementChecks(deps.host));
  add(
    await functionsChecks({
      run: deps.run,
      host: deps.host,
      storage: deps.storage,
      sleep,
      calcTimeoutMs: deps.calcTimeoutMs ?? 20_000,
      suffix,
    }),
  );
  add([storageCheck(deps.storage, suffix)]);
  const seen = new Set<string>();
  for (const target of deps.targets) {
    if (seen.has(target.url)) continue;
    seen.add(target.url);
    add([await reachabilityCheck(target, deps.fetch, deps.deployment, deps.fetchTimeoutMs ?? 10_000)]);
  }
  return { startedAt, items };
}

const MARK = { pass: "OK", fail: "NG", notSupported: "--" } as const;
const STATUS = {
  ja: { pass: "合格", fail: "不合格", notSupported: "対象外" },
  en: { pass: "pass", fail: "fail", notSupported: "not supported" },
} as const;

/** The report as plain text for a help desk: one line per check, in one language. */
export function selfCheckText(
  report: SelfCheckReport,
  lang: "ja" | "en",
  product = "SME Policy Toolkit",
): string {
  const counts = { pass: 0, fail: 0, notSupported: 0 };
  for (const i of report.items) counts[i.status]++;
  const head =
    lang === "ja"
      ? `中小企業政策ツールキット 自己診断 ${report.startedAt}\n合格 ${counts.pass} / 不合格 ${counts.fail} / 対象外 ${counts.notSupported}`
      : `${product} self-check ${report.startedAt}\npass ${counts.pass} / fail ${counts.fail} / not supported ${counts.notSupported}`;
  const lines = report.items.map(
    (i) => `[${MARK[i.status]}] ${STATUS[lang][i.status]} | ${i.label[lang]} | ${i.detail[lang]}`,
  );
  return [head, ...lines].join("\n");
}
