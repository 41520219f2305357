import { Button, Field, Input, ProgressBar, Radio, RadioGroup } from "@fluentui/react-components";
import { ArrowDownload24Regular, Dismiss24Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { LoadProgress, LoadRequest, LoadResult, TaskpaneActions } from "../actions";
import { useI18n, type Translate } from "../i18n";
import { isValidSheetName, sheetNameFor } from "../sheetName";
import { ErrorBar, InfoBar, isAbort, usePaneStyles } from "./common";
import { useOverwriteConfirm } from "./OverwriteDialog";
import { useRequestsConfirm } from "./RequestsDialog";
import { StepNav } from "./StepNav";

export interface LoadPanelProps {
  actions: Pick<TaskpaneActions, "load">;
  request: LoadRequest;
  onBack(): void;
  onLoaded(result: LoadResult): void;
}

type State =
  | { kind: "idle" }
  | { kind: "loading"; progress: LoadProgress | null }
  | { kind: "cancelled" }
  | { kind: "declined" }
  | { kind: "error"; error: unknown };

export function LoadPanel({ actions, request, onBack, onLoaded }: LoadPanelProps) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const [destination, setDestination] = useState<"newSheet" | "selection">("newSheet");
  const [sheetName, setSheetName] = useState(() => sheetNameFor(request.title, request.ref.id));
  const [state, setState] = useState<State>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const overwrite = useOverwriteConfirm();
  const requests = useRequestsConfirm();
  const asking = overwrite.pending || requests.pending;
  useEffect(() => () => controller.current?.abort(), []);

  const nameOk = destination === "selection" || isValidSheetName(sheetName);
  const loading = state.kind === "loading";

  async function load() {
    const c = new AbortController();
    controller.current = c;
    setState({ kind: "loading", progress: null });
    try {
      const result = await actions.load(
        request,
        destination === "newSheet" ? { kind: "newSheet", sheetName } : { kind: "selection" },
        {
          signal: c.signal,
          onProgress: (progress) => !c.signal.aborted && setState({ kind: "loading", progress }),
          confirmOverwrite: overwrite.confirm,
          confirmRequests: requests.confirm,
        },
      );
      if (c.signal.aborted) setState({ kind: "cancelled" });
      else if (!result.written) setState({ kind: "declined" });
      else onLoaded(result);
    } catch (error) {
      setState(c.signal.aborted || isAbort(error) ? { kind: "cancelled" } : { kind: "error", error });
    }
  }

  return (
    <section className={styles.stack} aria-labelledby="load-heading">
      <h2 id="load-heading" className={styles.heading}>
        {t("loadHeading")}
      </h2>
      <p className={styles.muted} style={{ margin: 0 }}>
        {request.title}
      </p>
      <Field label={t("destinationLabel")}>
        <RadioGroup
          value={destination}
          onChange={(_, d) => setDestination(d.value === "selection" ? "selection" : "newSheet")}
          disabled={loading}
        >
          <Radio value="newSheet" label={t("destinationNewSheet")} />
          <Radio value="selection" label={t("destinationSelection")} />
        </RadioGroup>
      </Field>
      {destination === "newSheet" && (
        <Field
          label={t("sheetName")}
          validationState={nameOk ? "none" : "error"}
          validationMessage={nameOk ? undefined : t("sheetNameInvalid")}
        >
          <Input value={sheetName} onChange={(_, d) => setSheetName(d.value)} disabled={loading} />
        </Field>
      )}
      {loading && asking && (
        // Nothing runs while a dialog waits for the user: no "shaping…", no cancel button.
        <div className={styles.stack} data-testid="load-progress">
          <p className={styles.muted} style={{ margin: 0 }}>
            {t(overwrite.pending ? "progressAwaitingConfirm" : "progressAwaitingRequests")}
          </p>
        </div>
      )}
      {loading && !asking && (
        <div className={styles.stack} data-testid="load-progress">
          <Field label={t("progressLabel")} hint={progressText(state.progress, t)} validationState="none">
            <ProgressBar value={progressValue(state.progress)} aria-label={t("progressLabel")} />
          </Field>
          <div className={styles.row}>
            <Button icon={<Dismiss24Regular />} onClick={() => controller.current?.abort()}>
              {t("cancelLoad")}
            </Button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {state.kind === "cancelled" && <InfoBar>{t("loadCancelled")}</InfoBar>}
        {state.kind === "declined" && <InfoBar>{t("loadDeclined")}</InfoBar>}
      </div>
      {state.kind === "error" && <ErrorBar title={t("loadFailed")} error={state.error} />}
      {!loading && (
        <StepNav
          onBack={onBack}
          next={{
            label: t("loadButton"),
            onClick: load,
            disabled: !nameOk,
            icon: <ArrowDownload24Regular />,
          }}
        />
      )}
      {overwrite.dialog}
      {requests.dialog}
    </section>
  );
}

/**
 * 0–1, or undefined = indeterminate (before the first report, or while shaping). A download fills the
 * first half and the write the second; a load that downloads nothing (`download: false`) is all write.
 */
export function progressValue(p: LoadProgress | null): number | undefined {
  if (!p || p.phase === "transform") return undefined;
  if (p.phase === "fetch" && p.totalPages) return Math.min(1, (p.pages ?? 0) / p.totalPages) * 0.5;
  if (p.phase === "write" && p.totalRows) {
    const done = Math.min(1, p.rows / p.totalRows);
    return p.download === false ? done : 0.5 + done * 0.5;
  }
  return undefined;
}

function progressText(p: LoadProgress | null, t: Translate): string {
  if (!p) return t("loading");
  if (p.phase === "transform") return t("progressTransform");
  if (p.phase === "write") return t("progressWrite", { rows: p.rows, totalRows: p.totalRows ?? p.rows });
  return p.totalPages
    ? t("progressFetch", { pages: p.pages ?? 0, totalPages: p.totalPages, rows: p.rows })
    : t("progressFetchNoTotal", { rows: p.rows });
}
