import { createContext, useContext } from "react";
import type { Lang } from "../actions";
import { lazy } from "../../core/lazy";
import { ja, type MessageKey } from "./ja";
import { utcOffset, wallClock } from "../../core/utcOffset";

export type { MessageKey };
type Dictionary = Record<MessageKey, string>;

/**
 * The English dictionary loads when first needed (issue 15: in Japanese mode the pane never downloads it).
 * Until it has arrived, English reads as Japanese; the pane loads it before showing English (App.tsx,
 * index.tsx).
 */
export const english = lazy(
  () => import(/* webpackChunkName: "pane-en" */ "./en").then((m): Dictionary => m.en),
  { background: false },
);

export const dictionaries: Record<Lang, Dictionary> = {
  ja,
  get en() {
    return english.loaded ?? ja;
  },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Fills {name} with params[name] (numbers formatted for the language). {name:one|other} picks a word
 * by the number in params[name], for English plurals: "{n} {n:code|codes}" → "1 code", "2 codes".
 */
export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, params = {}) =>
    dict[key]
      .replace(/\{(\w+):([^{}|]*)\|([^{}]*)\}/g, (m, name: string, one: string, other: string) => {
        const v = params[name];
        if (v === undefined) return m;
        return Number(v) === 1 ? one : other;
      })
      .replace(/\{(\w+)\}/g, (m, name: string) => {
        const v = params[name];
        if (v === undefined) return m;
        return typeof v === "number" ? formatNumber(v, lang) : v;
      });
}

export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An ISO timestamp with a time of day ("2026-11-25T12:03:00Z", as stored for retrieved-at and sent by
 * OECD) in the reader's local time with its zone, as the workbook's provenance block writes it: ja
 * "2026年11月25日 21:03 (JST)", en "25 Nov 2026 21:03 (JST)"; outside Japan "(UTC+01:00)". Anything else
 * (a plain date "2024-09-02", e-Stat's "2024-09" …) is shown as the source wrote it. `offsetMinutes`
 * east of UTC (default: this machine's at that time).
 */
export function formatDateTime(value: string, lang: Lang, offsetMinutes?: number): string {
  const at = wallClock(value, offsetMinutes);
  if (!at) return value;
  const { clock: d, offset } = at;
  const hm = `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  const zone = offset === 540 ? "JST" : utcOffset(offset);
  return lang === "ja"
    ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hm} (${zone})`
    : `${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hm} (${zone})`;
}

export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, lang)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10, lang)} MB`;
}

/**
 * Office display language ("ja-JP", "en-US", …) → the pane's language. Japanese when unknown;
 * any other display language gets English, the closer of our two for a non-Japanese reader.
 */
export function langFromLocale(locale: string | undefined): Lang {
  if (!locale || /^ja\b/i.test(locale)) return "ja";
  return "en";
}

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: "ja", t: translator("ja") });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
