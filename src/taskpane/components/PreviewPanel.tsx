import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { LoadRequest, PreviewResult, TaskpaneActions } from "../actions";
import { useI18n } from "../i18n";
import { ErrorBar, InfoBar, isAbort, usePaneStyles } from "./common";
import { useRequestsConfirm } from "./RequestsDialog";
import { StepNav } from "./StepNav";

export const PREVIEW_ROWS = 20;
// Fluent's Table wraps cell text; a preview reads like the sheet only when each row stays on one line.
const NOWRAP = { whiteSpace: "nowrap" } as const;
// Fluent's Table is table-layout: fixed (equal columns), so one-line cells ran into their neighbours
// ("REF_AREA_codeReference area"); auto sizes each column to its content and the region scrolls.
export const PREVIEW_TABLE = { minWidth: "max-content", tableLayout: "auto" } as const;

export interface PreviewPanelProps {
  actions: Pick<TaskpaneActions, "preview">;
  request: LoadRequest;
  onBack(): void;
  onNext(): void;
}

type State =
  { kind: "loading" } | { kind: "done"; preview: PreviewResult } | { kind: "error"; error: unknown };

export function PreviewPanel({ actions, request, onBack, onNext }: PreviewPanelProps) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const [state, setState] = useState<State>({ kind: "loading" });
  const requests = useRequestsConfirm();
  const confirmRequests = requests.confirm;

  useEffect(() => {
    const c = new AbortController();
    setState({ kind: "loading" });
    actions.preview(request, PREVIEW_ROWS, { signal: c.signal, confirmRequests }).then(
      (preview) => !c.signal.aborted && setState({ kind: "done", preview }),
      (error: unknown) => !c.signal.aborted && !isAbort(error) && setState({ kind: "error", error }),
    );
    return () => c.abort();
  }, [actions, request, confirmRequests]);

  const empty = state.kind === "done" && state.preview.rows.length === 0;
  return (
    <section className={styles.stack} aria-labelledby="preview-heading">
      <h2 id="preview-heading" className={styles.heading}>
        {t("previewHeading")}
      </h2>
      {state.kind === "loading" && <Spinner size="small" label={t("loading")} />}
      {state.kind === "error" && <ErrorBar title={t("previewFailed")} error={state.error} />}
      {empty && <InfoBar intent="warning">{t("noData")}</InfoBar>}
      {state.kind === "done" && !empty && (
        <>
          <p className={styles.muted} style={{ margin: 0 }}>
            {t("previewNote", { n: Math.min(PREVIEW_ROWS, state.preview.rows.length) })}
            {state.preview.totalRows !== undefined &&
              ` ${t("previewTotal", { rows: state.preview.totalRows })}`}
          </p>
          <div className={styles.scrollX} tabIndex={0} role="region" aria-label={t("previewLabel")}>
            <Table size="extra-small" aria-label={t("previewLabel")} style={PREVIEW_TABLE}>
              <TableHeader>
                <TableRow>
                  {state.preview.header.map((h, i) => (
                    <TableHeaderCell key={i} style={NOWRAP}>
                      {h}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {state.preview.rows.map((row, r) => (
                  <TableRow key={r}>
                    {row.map((v, c) => (
                      <TableCell
                        key={c}
                        style={typeof v === "number" ? { ...NOWRAP, textAlign: "end" } : NOWRAP}
                      >
                        {v === null ? "" : String(v)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      <StepNav
        onBack={onBack}
        next={{ label: t("toLoad"), onClick: onNext, disabled: state.kind !== "done" || empty }}
      />
      {requests.dialog}
    </section>
  );
}
