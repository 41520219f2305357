import { formatSource, type Finding as CoreFinding } from "../core/subsidy/findings";
import type { Finding } from "./actions";

/** A core finding as the pane shows it: the source as one line of text (never a consultant's page). */
export function paneFinding(f: CoreFinding): Finding {
  return {
    code: f.code,
    message: f.messageJa,
    messageEn: f.messageEn,
    source: formatSource(f.source) || undefined,
    sourceEn: formatSource(f.source, "en") || undefined,
    status: f.status ?? undefined,
    severity: f.severity,
  };
}
