import { createContext, useContext } from "react";
import type { Lang } from "../actions";
import { en } from "./en";
import { ja, type MessageKey } from "./ja";

export type { MessageKey };
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { ja, en };

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
