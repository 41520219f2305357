// Custom functions registered, and the shared runtime: writes two formulas into a temporary sheet, waits
// for Excel to calculate them, reads the results and deletes the sheet, even when a step fails.
// `formulas` takes the English (id) form; the Japanese name only exists in Excel whose display language
// is Japanese, and is written through `formulasLocal` (the user's language form, ExcelApi 1.1).
import { armRuntimeProbe, disarmRuntimeProbe } from "../../functions/shared/runtimeProbe";
import type { ExcelRun } from "../types";
import type { CheckItem, HostFacade, StorageLike } from "./types";

export const EXPECTED = 230000 / 301000; // 0.76411960…
const ID_FORMULA = "=SME.LABORSHARE(230000,301000)";
const JA_FORMULA = "=SME.労働分配率(230000,301000)";
const PENDING = /^#(BUSY!|GETTING_DATA)/;
const PROBE_KEY = "sme-toolkit.selfcheck.runtime";

export interface FunctionsCheckOptions {
  run: ExcelRun;
  host: HostFacade;
  storage: StorageLike;
  sleep: (ms: number) => Promise<void>;
  calcTimeoutMs: number;
  suffix: string;
}

function show(v: unknown): string {
  return typeof v === "number" ? String(v) : JSON.stringify(v);
}

function resultItem(id: string, label: CheckItem["label"], value: unknown, error?: unknown): CheckItem {
  const base = { id, group: "functions" as const, label };
  if (error !== undefined) {
    const msg = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      status: "fail",
      detail: { ja: `確認できませんでした: ${msg}`, en: `could not check: ${msg}` },
    };
  }
  if (typeof value === "number" && Math.abs(value - EXPECTED) < 1e-9)
    return {
      ...base,
      status: "pass",
      detail: { ja: `${value}（期待値 0.7641…）`, en: `${value} (expected 0.7641…)` },
    };
  const hint =
    value === "#NAME?"
      ? {
          ja: "関数が登録されていません（アドインを入れ直すか、Office のキャッシュを消去してください）",
          en: "the functions are not registered (re-add the add-in or clear the Office cache)",
        }
      : PENDING.test(String(value))
        ? { ja: "時間内に計算が終わりませんでした", en: "the calculation did not finish in time" }
        : { ja: "期待値 0.7641… と違います", en: "not the expected 0.7641…" };
  return {
    ...base,
    status: "fail",
    detail: { ja: `${show(value)}: ${hint.ja}`, en: `${show(value)}: ${hint.en}` },
  };
}

export async function functionsChecks(o: FunctionsCheckOptions): Promise<CheckItem[]> {
  const japanese = /^ja\b/i.test(o.host.displayLanguage ?? "");
  const sheetName = `SME自己診断_${o.suffix}`;
  const nonce = `nonce-${o.suffix}-${Date.now()}`;
  let created = false;
  let values: unknown[] = [];
  let failure: unknown;
  let removed = true;
  o.storage.setItem(PROBE_KEY, nonce);
  const probe = armRuntimeProbe(PROBE_KEY);
  try {
    await o.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (!existing.isNullObject) throw new Error(`a sheet named ${sheetName} already exists`);
      const sheet = context.workbook.worksheets.add(sheetName);
      created = true;
      sheet.getRange("A1").formulas = [[ID_FORMULA]];
      if (japanese) sheet.getRange("A2").formulasLocal = [[JA_FORMULA]];
      await context.sync();
    });
    const deadline = Date.now() + o.calcTimeoutMs;
    for (;;) {
      values = await o.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange("A1:A2");
        range.load("values");
        await context.sync();
        return range.values.map((r) => r[0]);
      });
      if (!values.some((v) => PENDING.test(String(v))) || Date.now() >= deadline) break;
      await o.sleep(250);
    }
  } catch (e) {
    failure = e;
  } finally {
    disarmRuntimeProbe(probe);
    o.storage.removeItem(PROBE_KEY);
    if (created) removed = await removeSheet(o.run, sheetName);
  }
  const items: CheckItem[] = [
    resultItem(
      "functions:id",
      { ja: `関数（${ID_FORMULA}）`, en: `Function (${ID_FORMULA})` },
      values[0],
      failure,
    ),
    japanese
      ? resultItem(
          "functions:ja",
          { ja: `関数（${JA_FORMULA}）`, en: `Function (${JA_FORMULA})` },
          values[1],
          failure,
        )
      : {
          id: "functions:ja",
          group: "functions",
          status: "notSupported",
          label: { ja: `関数（${JA_FORMULA}）`, en: `Function (${JA_FORMULA})` },
          detail: {
            ja: `表示言語が ${o.host.displayLanguage ?? "不明"} のため日本語の関数名は使えません`,
            en: `Japanese function names exist only when Excel's display language is Japanese (now ${o.host.displayLanguage ?? "unknown"})`,
          },
        },
  ];
  items.push(runtimeItem(o.host, items[0].status === "pass", probe.seen, nonce));
  if (!removed)
    items.push({
      id: "functions:cleanup",
      group: "functions",
      status: "fail",
      label: { ja: "一時シートの削除", en: "Removing the temporary sheet" },
      detail: {
        ja: `シート「${sheetName}」を削除できませんでした。手で削除してください`,
        en: `could not delete the sheet "${sheetName}"; delete it by hand`,
      },
    });
  return items;
}

/** Deletes the temporary sheet; a failure is retried once, then reported (false). */
async function removeSheet(run: ExcelRun, name: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (!sheet.isNullObject) {
          sheet.delete();
          await context.sync();
        }
      });
      return true;
    } catch {
      // try again once
    }
  }
  return false;
}

function runtimeItem(
  host: HostFacade,
  calculated: boolean,
  seen: (string | null)[],
  nonce: string,
): CheckItem {
  const base = {
    id: "runtime:shared",
    group: "runtime" as const,
    label: {
      ja: "共有ランタイム（作業ウィンドウと関数が同じストレージ）",
      en: "Shared runtime (pane and functions share storage)",
    },
  };
  const declared = host.isSetSupported ? safe(() => host.isSetSupported!("SharedRuntime", "1.1")) : undefined;
  if (declared === false)
    return {
      ...base,
      status: "fail",
      detail: { ja: "SharedRuntime 1.1 に対応していません", en: "SharedRuntime 1.1 is not supported" },
    };
  if (!calculated)
    return {
      ...base,
      status: "fail",
      detail: {
        ja: "関数が計算されなかったため確認できません",
        en: "cannot tell: the test formula did not calculate",
      },
    };
  if (seen.includes(nonce))
    return {
      ...base,
      status: "pass",
      detail: {
        ja: "関数は作業ウィンドウと同じランタイム・同じストレージで動いています",
        en: "the functions run in the pane's runtime and read the same storage",
      },
    };
  return {
    ...base,
    status: "fail",
    detail:
      seen.length > 0
        ? {
            ja: "関数から作業ウィンドウのストレージが見えません",
            en: "the functions do not see the pane's storage",
          }
        : {
            ja: "関数が別のランタイムで動いています（設定・キャッシュを共有できません）",
            en: "the functions run in a separate runtime (settings and cache are not shared)",
          },
  };
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
