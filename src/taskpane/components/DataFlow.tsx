import { Button } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type {
  KeyValueStorage,
  LoadRequest,
  LoadResult,
  SearchResult,
  TableInfo,
  TaskpaneActions,
} from "../actions";
import { useI18n } from "../i18n";
import { rememberTable } from "../tableHistory";
import { lazy } from "../../core/lazy";
import { lazyPanel, PanelSuspense } from "../lazyPanel";
import { ErrorBar, isAbort, Spinner, usePaneStyles } from "./common";
import type { Shape } from "./FilterPanel";
import { FindPanel } from "./FindPanel";

// Inspect, filter, preview, load and result load together when a table is first opened (issue 15).
const steps = lazy(() => import(/* webpackChunkName: "pane-dataflow" */ "./dataFlowSteps"));
const InspectPanel = lazyPanel(steps, (m) => m.InspectPanel);
const FilterPanel = lazyPanel(steps, (m) => m.FilterPanel);
const PreviewPanel = lazyPanel(steps, (m) => m.PreviewPanel);
const LoadPanel = lazyPanel(steps, (m) => m.LoadPanel);
const ResultPanel = lazyPanel(steps, (m) => m.ResultPanel);

type Step = "find" | "opening" | "inspect" | "filter" | "preview" | "load" | "result";

export interface DataFlowProps {
  actions: TaskpaneActions;
  storage: KeyValueStorage;
}

/** Find → Inspect → Filter & shape → Preview → Load → Result. */
export function DataFlow({ actions, storage }: DataFlowProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [step, setStep] = useState<Step>("find");
  const [info, setInfo] = useState<TableInfo | null>(null);
  const [shape, setShape] = useState<Shape | null>(null);
  const [result, setResult] = useState<LoadResult | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  // Kept here, not in FindPanel, so the text survives the panel unmounting while a table opens.
  const [query, setQuery] = useState("");
  const opening = useRef<AbortController | null>(null);
  useEffect(() => () => opening.current?.abort(), []);

  async function open(table: SearchResult) {
    opening.current?.abort();
    const c = new AbortController();
    opening.current = c;
    setOpenError(null);
    setStep("opening");
    try {
      // the next steps' code downloads while the table opens
      const [opened, { defaultShape }] = await Promise.all([
        actions.openTable(table.ref, { signal: c.signal }),
        steps.load(),
      ]);
      if (c.signal.aborted) return;
      rememberTable(storage, {
        ref: opened.ref,
        title: opened.title,
        survey: opened.survey,
        period: opened.period,
        updated: opened.updated,
        status: opened.status,
      });
      setInfo(opened);
      setShape(defaultShape(opened, lang));
      setStep("inspect");
    } catch (e) {
      if (c.signal.aborted || isAbort(e)) return;
      setOpenError(e);
      setStep("find");
    }
  }

  const request = useMemo<LoadRequest | null>(
    () => (info && shape ? { ref: info.ref, title: info.title, ...shape } : null),
    [info, shape],
  );

  if (step === "opening") {
    return (
      <div className={styles.stack}>
        <Spinner label={t("openingTable")} />
        <div className={styles.row}>
          <Button
            onClick={() => {
              opening.current?.abort();
              setStep("find");
            }}
          >
            {t("cancel")}
          </Button>
        </div>
      </div>
    );
  }
  if (step === "find" || !info || !shape || !request) {
    return (
      <div className={styles.stack}>
        {openError !== null && <ErrorBar title={t("openFailed")} error={openError} />}
        <FindPanel actions={actions} storage={storage} onOpen={open} query={query} onQueryChange={setQuery} />
      </div>
    );
  }
  return <PanelSuspense>{laterStep()}</PanelSuspense>;

  function laterStep() {
    if (!info || !shape || !request) return null;
    switch (step) {
      case "inspect":
        return (
          <InspectPanel
            info={info}
            filters={shape.filters}
            layout={shape.layout}
            labels={shape.labels}
            onFiltersChange={(filters) => setShape({ ...shape, filters })}
            onBack={() => setStep("find")}
            onNext={() => setStep("filter")}
          />
        );
      case "filter":
        return (
          <FilterPanel
            info={info}
            shape={shape}
            onChange={setShape}
            onBack={() => setStep("inspect")}
            onNext={() => setStep("preview")}
          />
        );
      case "preview":
        return (
          <PreviewPanel
            actions={actions}
            request={request}
            onBack={() => setStep("filter")}
            onNext={() => setStep("load")}
          />
        );
      case "load":
        return (
          <LoadPanel
            actions={actions}
            request={request}
            onBack={() => setStep("preview")}
            onLoaded={(r) => {
              setResult(r);
              setStep("result");
            }}
          />
        );
      case "result":
        return result ? (
          <ResultPanel
            actions={actions}
            request={request}
            result={result}
            onNewSearch={() => setStep("find")}
          />
        ) : null;
    }
  }
}
