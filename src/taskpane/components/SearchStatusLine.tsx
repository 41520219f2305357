import { Badge, Link } from "@fluentui/react-components";
import type { SourceStatus } from "../actions";
import { useI18n, type MessageKey } from "../i18n";
import { useOpenSettings } from "../openSettings";
import { usePaneStyles } from "./common";

const STATE_TEXT: Record<SourceStatus["state"], MessageKey> = {
  ok: "sourceStatusCount",
  notConfigured: "sourceStatusNotConfigured",
  authFailed: "sourceStatusAuthFailed",
  networkError: "sourceStatusNetwork",
  budget: "sourceStatusBudget",
  error: "sourceStatusError",
};

const COLOR: Record<SourceStatus["state"], "success" | "informative" | "warning" | "danger"> = {
  ok: "success",
  notConfigured: "warning",
  authFailed: "danger",
  networkError: "danger",
  budget: "warning",
  error: "danger",
};

function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/**
 * What each ticked source answered: 件数 / 0件 / 未設定 / 認証失敗 / 通信エラー / 上限到達. Without it a source
 * with no appId or a wrong one dropped out of the results silently.
 */
export function SearchStatusLine({ statuses }: { statuses: SourceStatus[] }) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const openSettings = useOpenSettings();
  const name = (s: SourceStatus["source"]) =>
    s === "offline" ? t("sourceOffline") : s === "OECD" ? t("sourceOecd") : t("sourceEstat");
  return (
    <ul
      className={`${styles.row} ${styles.muted}`}
      aria-label={t("sourceStatusLabel")}
      style={{ margin: 0, padding: 0, listStyle: "none" }}
    >
      {statuses.map((st) => {
        const zero = st.state === "ok" && st.count === 0;
        const text = t(zero ? "sourceStatusZero" : STATE_TEXT[st.state], {
          n: st.count,
          time: st.resetAt ? hhmm(st.resetAt) : "—",
        });
        return (
          <li key={st.source} data-testid="source-status" data-state={st.state} className={styles.row}>
            <span>{name(st.source)}:</span>
            <Badge appearance="tint" color={zero ? "informative" : COLOR[st.state]}>
              {text}
            </Badge>
            {(st.state === "notConfigured" || st.state === "authFailed") && openSettings && (
              <Link as="button" inline onClick={openSettings}>
                {t("errorOpenSettings")}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
