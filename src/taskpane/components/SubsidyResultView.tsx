import { tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { SubsidyResult } from "../actions";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./common";
import { FindingList } from "./FindingList";

/**
 * The calculator's result: the headline amount, per-year amounts, cap and rate, and the findings
 * with their official sources. When any finding is an error (not eligible, 併用不可, below the
 * minimum) the headline says 「要件を満たしていません」 in red instead of a clean total.
 */
export function SubsidyResultView({ result, yen }: { result: SubsidyResult; yen: (n: number) => string }) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const ref = useRef<HTMLDivElement>(null);
  // The result appears below a long form: bring it into view, or the user sees nothing happen.
  useEffect(() => ref.current?.scrollIntoView?.({ block: "start" }), [result]);
  const failed = result.findings.some((f) => f.severity === "error");
  const headline = failed ? t("requirementsNotMet") : t("resultTotal", { amount: yen(result.total) });
  return (
    <div ref={ref} className={styles.stack} data-testid="subsidy-result" role="region" aria-label={headline}>
      <p
        style={{
          margin: 0,
          fontSize: 20,
          fontWeight: 600,
          ...(failed ? { color: tokens.colorPaletteRedForeground1 } : {}),
        }}
      >
        {headline}
      </p>
      {failed && result.total > 0 && <span>{t("resultIfEligible", { amount: yen(result.total) })}</span>}
      {result.perYear && (
        <ul className={styles.list} style={{ gap: 2 }}>
          {result.perYear.map((v, y) => (
            <li key={y}>{t("resultPerYear", { year: y + 1, amount: yen(v) })}</li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        {result.cap !== undefined && <span>{t("resultCap", { amount: yen(result.cap) })}</span>}
        {result.rate && <span>{t("resultRate", { rate: result.rate })}</span>}
      </div>
      <h3 className={styles.subheading}>{t("findingsHeading")}</h3>
      <FindingList
        findings={result.findings}
        heading={t("findingsHeading")}
        checkKey="checkGuidelines"
        testId="finding"
      />
    </div>
  );
}
