import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeError } from "../../core/errors/messages";
import type { RefreshReport } from "../actions";
import { formatDateTime, useI18n } from "../i18n";
import { usePaneStyles } from "./common";

/**
 * One MessageBar per refreshed table: what changed, or that the old data was kept and why. A source that
 * returned no rows offers to empty the table; only that click (onClear) clears it.
 */
export function RefreshReports({
  reports,
  onClear,
}: {
  reports: RefreshReport[];
  onClear?: (tableName: string) => void;
}) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  return (
    <ul className={styles.list} data-testid="refresh-reports">
      {reports.map((r) => {
        // The title the table list shows; tableName (SME_…/T_…) is internal and only a fallback.
        const name = r.title ?? r.tableName;
        return (
          <li key={r.tableName}>
            <MessageBar
              intent={
                r.status === "updated"
                  ? "success"
                  : r.status === "unchanged"
                    ? "info"
                    : r.status === "gone" || r.status === "empty"
                      ? "warning"
                      : "error"
              }
              layout="multiline"
            >
              <MessageBarBody className={styles.message}>
                {r.status === "updated" && (
                  <>
                    <MessageBarTitle>{name}</MessageBarTitle>
                    {t("reportUpdated", {
                      added: r.rowsAdded,
                      removed: r.rowsRemoved,
                      changed: r.cellsChanged,
                    })}
                    {r.updated && r.updated !== r.previousUpdated && (
                      <div>
                        {t("reportUpdatedDate", {
                          from: r.previousUpdated ? formatDateTime(r.previousUpdated, lang) : "—",
                          to: formatDateTime(r.updated, lang),
                        })}
                      </div>
                    )}
                  </>
                )}
                {r.status === "unchanged" && t("reportUnchanged", { table: name })}
                {r.status === "empty" && (
                  <>
                    <MessageBarTitle>{name}</MessageBarTitle>
                    {t("reportEmpty")}
                    {onClear && (
                      <div>
                        <Button size="small" onClick={() => onClear(r.tableName)}>
                          {t("clearTable")}
                        </Button>
                      </div>
                    )}
                  </>
                )}
                {(r.status === "gone" || r.status === "error") && (
                  <>
                    <MessageBarTitle>{name}</MessageBarTitle>
                    {t(r.status === "gone" ? "reportGone" : "reportError")}
                    {r.error !== undefined && <div>{describeError(r.error)}</div>}
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          </li>
        );
      })}
    </ul>
  );
}
