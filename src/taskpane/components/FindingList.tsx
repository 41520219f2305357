import { Badge } from "@fluentui/react-components";
import type { Finding } from "../actions";
import { useI18n, type MessageKey } from "../i18n";
import { StatusBadge, usePaneStyles } from "./common";

/**
 * A calculator's findings: severity, message in the pane's language, the official source, the status
 * and, for a rule that is not verified, what to check it against (`checkKey`: 公募要領 for subsidies,
 * the law for the R&D tax credit).
 */
export function FindingList({
  findings,
  heading,
  checkKey,
  testId,
}: {
  findings: readonly Finding[];
  heading: string;
  checkKey: MessageKey;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const severityText = (s: Finding["severity"]) =>
    s === "error" ? t("severityError") : s === "warning" ? t("severityWarning") : t("severityInfo");
  return (
    <ul className={styles.list} aria-label={heading}>
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} data-testid={testId} className={styles.stack} style={{ gap: 2 }}>
          <div className={styles.row}>
            <Badge
              appearance="filled"
              color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}
              title={t("severityLabel", { label: severityText(f.severity) })}
            >
              {severityText(f.severity)}
            </Badge>
            <span className={styles.message}>{(lang === "en" && f.messageEn) || f.message}</span>
          </div>
          <div className={`${styles.row} ${styles.muted}`}>
            {f.source && (
              <span className={styles.message}>
                {t("findingSource", { source: (lang === "en" && f.sourceEn) || f.source })}
              </span>
            )}
            <StatusBadge status={f.status} />
            {f.status !== "verified" && <strong>{t(checkKey)}</strong>}
            {/* The code is for support (the help desk and the CHECK functions speak it), so it is small. */}
            <code className={styles.code} title={t("findingCodeHelp")}>
              {f.code}
            </code>
          </div>
        </li>
      ))}
    </ul>
  );
}
