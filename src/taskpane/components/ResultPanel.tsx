import { Button, Spinner } from "@fluentui/react-components";
import {
  ArrowSync24Regular,
  ChartMultiple24Regular,
  DataLine24Regular,
  Search24Regular,
} from "@fluentui/react-icons";
import { useState } from "react";
import type { ChartRequest, LoadRequest, LoadResult, RefreshReport, TaskpaneActions } from "../actions";
import { useI18n } from "../i18n";
import { ErrorBar, InfoBar, usePaneStyles } from "./common";
import { useOverwriteConfirm } from "./OverwriteDialog";
import { useRequestsConfirm } from "./RequestsDialog";
import { RefreshReports } from "./RefreshReports";

export interface ResultPanelProps {
  actions: Pick<TaskpaneActions, "refresh" | "insertChart">;
  request: LoadRequest;
  result: LoadResult;
  onNewSearch(): void;
}

type Busy = null | "refresh" | "chart";

export function ResultPanel({ actions, request, result, onNewSearch }: ResultPanelProps) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const overwrite = useOverwriteConfirm();
  const requests = useRequestsConfirm();
  const [busy, setBusy] = useState<Busy>(null);
  const [reports, setReports] = useState<RefreshReport[] | null>(null);
  const [chart, setChart] = useState<string | null>(null);
  const [error, setError] = useState<{ title: string; error: unknown } | null>(null);

  async function refresh() {
    setBusy("refresh");
    setError(null);
    try {
      setReports(
        await actions.refresh(result.tableName, {
          confirmOverwrite: overwrite.confirm,
          confirmRequests: requests.confirm,
        }),
      );
    } catch (e) {
      setError({ title: t("refreshFailed"), error: e });
    } finally {
      setBusy(null);
    }
  }

  async function insertChart(kind: ChartRequest["kind"]) {
    setBusy("chart");
    setError(null);
    try {
      const r = await actions.insertChart({ tableName: result.tableName, kind, title: request.title });
      setChart(r.chartName);
    } catch (e) {
      setError({ title: t("chartFailed"), error: e });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className={styles.stack} aria-labelledby="result-heading">
      <h2 id="result-heading" className={styles.heading}>
        {t("resultHeading")}
      </h2>
      <InfoBar intent="success">
        {t("loadSucceeded", {
          title: request.title,
          sheet: result.sheetName,
          address: result.address,
          rows: result.rows,
          columns: result.columns,
        })}
      </InfoBar>
      {result.issues && result.issues.length > 0 && (
        <details>
          <summary>{t("issuesHeading", { n: result.issues.length })}</summary>
          <ul>
            {result.issues.slice(0, 50).map((i, k) => (
              <li key={k}>{i.message}</li>
            ))}
          </ul>
        </details>
      )}
      <div className={styles.row}>
        <Button icon={<ArrowSync24Regular />} onClick={refresh} disabled={busy !== null}>
          {t("refreshThis")}
        </Button>
        <Button
          icon={<ChartMultiple24Regular />}
          onClick={() => insertChart("table")}
          disabled={busy !== null}
        >
          {t("chartTable")}
        </Button>
        <Button
          icon={<DataLine24Regular />}
          onClick={() => insertChart("selectedSeries")}
          disabled={busy !== null}
        >
          {t("chartSeries")}
        </Button>
      </div>
      {busy === "refresh" && <Spinner size="small" label={t("refreshing")} />}
      {busy === "chart" && <Spinner size="small" label={t("loading")} />}
      {reports && <RefreshReports reports={reports} />}
      {chart && <InfoBar intent="success">{t("chartInserted", { name: chart })}</InfoBar>}
      {error && <ErrorBar title={error.title} error={error.error} />}
      <div className={styles.row}>
        <Button appearance="primary" icon={<Search24Regular />} onClick={onNewSearch}>
          {t("newSearch")}
        </Button>
      </div>
      {overwrite.dialog}
      {requests.dialog}
    </section>
  );
}
