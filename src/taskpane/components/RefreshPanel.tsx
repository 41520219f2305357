import { Button, Spinner } from "@fluentui/react-components";
import { ArrowSync24Regular, ArrowSyncCircle24Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { RefreshReport, StoredTableSummary, TaskpaneActions } from "../actions";
import { formatDateTime, useI18n } from "../i18n";
import { ErrorBar, InfoBar, SourceBadge, usePaneStyles } from "./common";
import { useOverwriteConfirm } from "./OverwriteDialog";
import { useRequestsConfirm } from "./RequestsDialog";
import { RefreshReports } from "./RefreshReports";

export interface RefreshPanelProps {
  actions: Pick<TaskpaneActions, "listTables" | "refresh" | "refreshFormulas">;
}

export function RefreshPanel({ actions }: RefreshPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const overwrite = useOverwriteConfirm();
  const requests = useRequestsConfirm();
  const [tables, setTables] = useState<StoredTableSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<RefreshReport[] | null>(null);
  const [formulas, setFormulas] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(() => {
    actions.listTables().then(setTables, (e: unknown) => {
      setTables([]);
      setError(e);
    });
  }, [actions]);
  useEffect(reload, [reload]);

  async function run(f: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const refresh = (target: string) =>
    run(async () => {
      setReports(
        await actions.refresh(target, {
          confirmOverwrite: overwrite.confirm,
          confirmRequests: requests.confirm,
        }),
      );
      reload();
    });
  // The user pressed "empty the table" under a report that no rows came back: that is the confirmation.
  const clear = (target: string) =>
    run(async () => {
      setReports(
        await actions.refresh(target, {
          confirmOverwrite: overwrite.confirm,
          confirmRequests: requests.confirm,
          confirmClear: async () => true,
        }),
      );
      reload();
    });

  return (
    <section className={styles.stack} aria-labelledby="refresh-heading">
      <h2 id="refresh-heading" className={styles.heading}>
        {t("refreshHeading")}
      </h2>
      {tables === null && <Spinner size="small" label={t("loading")} />}
      {tables?.length === 0 && <p className={styles.muted}>{t("noTables")}</p>}
      {tables && tables.length > 0 && (
        <>
          <ul className={styles.list} aria-label={t("tablesLabel")}>
            {tables.map((tb) => (
              <li key={tb.tableName} className={styles.stack} style={{ gap: 2 }}>
                <div className={styles.row}>
                  <span style={{ flex: 1, minWidth: 0 }}>{tb.title}</span>
                  <Button
                    size="small"
                    icon={<ArrowSync24Regular />}
                    disabled={busy}
                    onClick={() => refresh(tb.tableName)}
                    aria-label={t("refreshTable", { title: tb.title })}
                  />
                </div>
                <div className={`${styles.row} ${styles.muted}`}>
                  <SourceBadge source={tb.source} />
                  <span>{tb.sheetName}</span>
                  <span>{t("retrievedAt", { value: formatDateTime(tb.retrievedAt, lang) })}</span>
                  {tb.updated && <span>{t("metaUpdated", { value: formatDateTime(tb.updated, lang) })}</span>}
                </div>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button
              appearance="primary"
              icon={<ArrowSyncCircle24Regular />}
              disabled={busy}
              onClick={() => refresh("all")}
            >
              {t("refreshAll")}
            </Button>
          </div>
        </>
      )}
      {busy && <Spinner size="small" label={t("refreshing")} />}
      {reports && <RefreshReports reports={reports} onClear={clear} />}
      <h3 className={styles.subheading}>{t("formulasHeading")}</h3>
      <div className={styles.row}>
        <Button
          icon={<ArrowSync24Regular />}
          disabled={busy}
          onClick={() => run(async () => setFormulas((await actions.refreshFormulas()).tables))}
        >
          {t("refreshFormulas")}
        </Button>
      </div>
      {formulas !== null && <InfoBar intent="success">{t("formulasRefreshed", { n: formulas })}</InfoBar>}
      {error !== null && <ErrorBar title={t("refreshFailed")} error={error} />}
      {overwrite.dialog}
      {requests.dialog}
    </section>
  );
}
