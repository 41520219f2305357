// Host, platform, Office version, display language, and every requirement set the add-in uses.
import { REQUIREMENT_SETS } from "../requirementSets";
import type { CheckItem, HostFacade } from "./types";

const PLATFORMS: Record<string, string> = {
  OfficeOnline: "Excel on the web",
  PC: "Windows",
  Mac: "Mac",
  iOS: "iPad / iPhone",
  Android: "Android",
  Universal: "Windows (Universal)",
};

const NOT_IN_OFFICE = {
  ja: "Office の外で動いています（プレイグラウンド等）",
  en: "not running in Office (playground, browser)",
};

export function hostChecks(h: HostFacade): CheckItem[] {
  const inOffice = h.host !== null;
  const item = (
    id: string,
    ja: string,
    en: string,
    value: string | null,
    ok: boolean,
    failDetail?: { ja: string; en: string },
  ): CheckItem => ({
    id,
    group: "host",
    label: { ja, en },
    status: !inOffice || value === null ? "notSupported" : ok ? "pass" : "fail",
    detail:
      !inOffice || value === null
        ? value === null && inOffice
          ? { ja: "Office が値を返しませんでした", en: "Office returned no value" }
          : NOT_IN_OFFICE
        : ok
          ? { ja: value, en: value }
          : (failDetail ?? { ja: value, en: value }),
  });
  const platform = h.platform === null ? null : `${h.platform} (${PLATFORMS[h.platform] ?? "?"})`;
  return [
    item("host", "ホスト", "Host", h.host, h.host === "Excel", {
      ja: `${h.host}: このアドインは Excel 専用です`,
      en: `${h.host}: this add-in works in Excel only`,
    }),
    item(
      "platform",
      "プラットフォーム",
      "Platform",
      platform,
      h.platform !== null && h.platform in PLATFORMS,
      {
        ja: `${platform}: 想定外のプラットフォームです`,
        en: `${platform}: not a platform we know`,
      },
    ),
    item("version", "Office のバージョン", "Office version", h.version, true),
    item("language", "表示言語", "Display language", h.displayLanguage, true),
  ];
}

export function requirementChecks(h: HostFacade): CheckItem[] {
  return REQUIREMENT_SETS.map((r) => {
    const label = {
      ja: `${r.set} ${r.version}（${r.featureJa}）`,
      en: `${r.set} ${r.version} (${r.feature})`,
    };
    const base = { id: `req:${r.set}:${r.version}`, group: "requirements" as const, label };
    if (!h.isSetSupported)
      return {
        ...base,
        status: "notSupported" as const,
        detail: {
          ja: "要件セットを確認できません（Office の外）",
          en: "cannot check requirement sets (outside Office)",
        },
      };
    let ok: boolean;
    try {
      ok = h.isSetSupported(r.set, r.version);
    } catch {
      ok = false;
    }
    if (ok) return { ...base, status: "pass" as const, detail: { ja: "対応", en: "supported" } };
    // A required set missing means the add-in cannot run (fail); an optional one means its fallback runs.
    return {
      ...base,
      status: r.required ? ("fail" as const) : ("notSupported" as const),
      detail: r.required
        ? {
            ja: "未対応: この Excel ではアドインが動きません。Excel を更新してください",
            en: "not supported: the add-in cannot run in this Excel; update Excel",
          }
        : {
            ja: `未対応: この機能は使えません（${r.fallback ?? "代替なし"}）`,
            en: `not supported: this feature is unavailable (${r.fallback ?? "no fallback"})`,
          },
    };
  });
}
