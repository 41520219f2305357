import type { Deployment } from "../../core/net/deployment";
import type { ExcelRun } from "../types";

export type CheckStatus = "pass" | "fail" | "notSupported";

export interface Bilingual {
  ja: string;
  en: string;
}

export interface CheckItem {
  id: string;
  group: "host" | "requirements" | "functions" | "runtime" | "storage" | "network";
  status: CheckStatus;
  label: Bilingual;
  detail: Bilingual;
}

/** What the self-check needs to know about the host: Office.context and Office.onReady's answer. */
export interface HostFacade {
  /** "Excel" inside Excel; null outside Office (the playground, a browser). */
  host: string | null;
  /** Office.context.platform: "OfficeOnline", "PC", "Mac", … */
  platform: string | null;
  /** Office.context.diagnostics.version, e.g. "16.0.17928.20114". */
  version: string | null;
  /** Office.context.displayLanguage, e.g. "ja-JP". */
  displayLanguage: string | null;
  /** Office.context.requirements.isSetSupported; absent where there are no requirement sets. */
  isSetSupported?: (name: string, version: string) => boolean;
}

/** fetch as the self-check uses it: any HTTP answer counts as reachable. */
export type ProbeFetch = (
  url: string,
  init?: { signal?: AbortSignal; mode?: "cors" | "no-cors" },
) => Promise<{ status: number; type?: string }>;

export interface NetworkTarget {
  kind: "estat" | "oecd" | "proxy";
  /** A URL on that service that needs no appId (the appId is never sent by the self-check). */
  url: string;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SelfCheckDeps {
  run: ExcelRun;
  host: HostFacade;
  storage: StorageLike;
  fetch: ProbeFetch;
  deployment: Deployment;
  targets: NetworkTarget[];
  /** Called with the items so far, as each check finishes. */
  onProgress?: (items: CheckItem[]) => void;
  /** How long to wait for the test formulas to calculate. @default 20 000 */
  calcTimeoutMs?: number;
  /** How long each reachability request may take. @default 10 000 */
  fetchTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Random suffix of the temporary sheet's name (tests fix it). */
  random?: () => string;
}
