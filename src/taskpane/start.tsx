// Decides what the task pane page shows: the pane when Office says it is running in Excel, otherwise a
// message telling the user to open it from Excel. Office.onReady resolves outside Office too (host and
// platform null: "Office.onReady", learn.microsoft.com/javascript/api/office#office-office-onready-function(1)),
// and may never resolve if office.js is half-loaded, hence the timeout.
import { createRoot } from "react-dom/client";
import type { OutsideReason } from "./components/OutsideOffice";
import { english } from "./i18n";
import { markPaneLive } from "./prerendered";

export interface OfficeLike {
  // Office.HostType / PlatformType are declared as enums but are strings at run time ("Excel", "PC").
  onReady(): Promise<{ host: unknown; platform: unknown }>;
}

export type StartResult =
  { kind: "excel"; platform: string | null } | { kind: "outside"; reason: OutsideReason };

/** How long to wait for Office.onReady before saying Office did not answer. @default 15 000 */
export const OFFICE_READY_TIMEOUT_MS = 15_000;

export async function waitForExcel(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<StartResult> {
  if (!office || typeof office.onReady !== "function")
    return { kind: "outside", reason: { kind: "noOfficeJs" } };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((ok) => (timer = setTimeout(() => ok("timeout"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout")
      return { kind: "outside", reason: { kind: "timeout", seconds: Math.ceil(timeoutMs / 1000) } };
    // Office.HostType.Excel is the string "Excel".
    if (info.host !== "Excel")
      return { kind: "outside", reason: { kind: "notExcel", host: info.host ? String(info.host) : "" } };
    return { kind: "excel", platform: info.platform ? String(info.platform) : null };
  } catch {
    return { kind: "outside", reason: { kind: "noOfficeJs" } };
  } finally {
    clearTimeout(timer);
  }
}

/** The page opened outside Excel: says so in both languages (its code and English load only then). */
export async function showOutsideOffice(element: HTMLElement, reason: OutsideReason): Promise<void> {
  document.documentElement.lang = "ja";
  const [{ OutsideOffice }] = await Promise.all([
    import(/* webpackChunkName: "pane-outside" */ "./components/OutsideOffice"),
    english.load().catch(() => undefined),
  ]);
  // Replaces the build's prerendered pane (scripts/prerender.mjs), which stays inert: it cannot work here.
  createRoot(element).render(<OutsideOffice reason={reason} />);
  markPaneLive(element);
}
