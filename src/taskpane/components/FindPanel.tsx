import { Button, Checkbox, Field, SearchBox } from "@fluentui/react-components";
import { Search24Regular, Star24Filled, Star24Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { KeyValueStorage, SearchResult, SourceKind, SourceStatus, TaskpaneActions } from "../actions";
import { formatDateTime, useI18n } from "../i18n";
import { parseTableRef } from "../parseTableRef";
import { favouriteTables, recentTables, toggleFavourite } from "../tableHistory";
import { ErrorBar, InfoBar, SourceBadge, Spinner, StatusBadge, isAbort, usePaneStyles } from "./common";
import { lazy } from "../../core/lazy";
import { lazyInline } from "../lazyPanel";
import { useBrowserOnly } from "../useBrowserOnly";

// Shown after a search, with badges: loads with the pane's other later parts (issue 15).
const SearchStatusLine = lazyInline(
  lazy(() => import(/* webpackChunkName: "pane-ui" */ "./SearchStatusLine")),
  (m) => m.SearchStatusLine,
  () => null,
);

const ALL_SOURCES: SourceKind[] = ["offline", "e-Stat", "OECD"];

export interface FindPanelProps {
  actions: Pick<TaskpaneActions, "search">;
  storage: KeyValueStorage;
  onOpen(table: SearchResult): void;
  /**
   * The search box text, when the parent keeps it: the panel unmounts while a table opens, and a
   * failed open (bad appId, network) must bring the user back to the text they typed.
   */
  query?: string;
  onQueryChange?(query: string): void;
}

type SearchState =
  | { kind: "idle" }
  | { kind: "searching" }
  | { kind: "done"; query: string; results: SearchResult[]; sources: SourceStatus[] }
  | { kind: "error"; error: unknown };

export function FindPanel({ actions, storage, onOpen, query: heldQuery, onQueryChange }: FindPanelProps) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const [ownQuery, setOwnQuery] = useState("");
  const query = heldQuery ?? ownQuery;
  const setQuery = (q: string) => {
    setOwnQuery(q);
    onQueryChange?.(q);
  };
  const [sources, setSources] = useState<SourceKind[]>(ALL_SOURCES);
  const [state, setState] = useState<SearchState>({ kind: "idle" });
  const [favourites, setFavourites] = useState(() => favouriteTables(storage));
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const sourceLabel = (s: SourceKind) =>
    s === "offline" ? t("sourceOffline") : s === "OECD" ? t("sourceOecd") : t("sourceEstat");

  async function submit(e?: React.FormEvent) {
    e?.preventDefault();
    const text = query.trim();
    if (text === "") return;
    const ref = parseTableRef(text);
    if (ref) {
      onOpen({ ref, title: ref.id });
      return;
    }
    if (sources.length === 0) return;
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setState({ kind: "searching" });
    try {
      const outcome = await actions.search(text, { sources, signal: c.signal });
      if (!c.signal.aborted)
        setState({ kind: "done", query: text, results: outcome.results, sources: outcome.sources });
    } catch (error) {
      if (!isAbort(error) && !c.signal.aborted) setState({ kind: "error", error });
    }
  }

  // Recent and favourite tables live in this browser's storage: not in the build's prerendered first
  // frame, so they appear right after the page has hydrated it (src/taskpane/PaneRoot.tsx).
  const history = useBrowserOnly();
  const recent = history ? recentTables(storage) : [];
  const listProps = {
    favourites,
    onOpen,
    onToggleFavourite: (r: SearchResult) => setFavourites(toggleFavourite(storage, r)),
  };
  return (
    <section className={styles.stack} aria-labelledby="find-heading">
      <h2 id="find-heading" className={styles.heading}>
        {t("findHeading")}
      </h2>
      <form role="search" onSubmit={submit} className={styles.stack}>
        <Field label={t("searchLabel")}>
          <SearchBox
            value={query}
            placeholder={t("searchPlaceholder")}
            onChange={(_, d) => setQuery(d.value)}
          />
        </Field>
        <fieldset className={styles.row} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className={styles.muted}>{t("sourcesLabel")}</legend>
          {ALL_SOURCES.map((s) => (
            <Checkbox
              key={s}
              label={sourceLabel(s)}
              checked={sources.includes(s)}
              onChange={(_, d) =>
                setSources((prev) => (d.checked ? [...prev, s] : prev.filter((x) => x !== s)))
              }
            />
          ))}
        </fieldset>
        <div className={styles.row}>
          <Button
            type="submit"
            appearance="primary"
            icon={<Search24Regular />}
            disabled={state.kind === "searching" || query.trim() === ""}
          >
            {t("searchButton")}
          </Button>
        </div>
        {sources.length === 0 && <InfoBar intent="warning">{t("noSourceSelected")}</InfoBar>}
      </form>
      {state.kind === "searching" && <Spinner size="small" label={t("searching")} />}
      {state.kind === "error" && <ErrorBar title={t("searchFailed")} error={state.error} />}
      {state.kind === "done" && <SearchStatusLine statuses={state.sources} />}
      {state.kind === "done" && failedEverywhere(state.sources) && (
        <ErrorBar title={t("searchFailed")} error={state.sources[0].error} />
      )}
      {state.kind === "done" && state.results.length === 0 && !failedEverywhere(state.sources) && (
        <InfoBar>{t("noResults", { query: state.query })}</InfoBar>
      )}
      {state.kind === "done" && state.results.length > 0 && (
        <>
          <h3 className={styles.subheading}>
            {t("resultsLabel")}（{t("count", { n: state.results.length })}）
          </h3>
          <ResultList items={state.results} label={t("resultsLabel")} {...listProps} />
        </>
      )}
      {state.kind !== "done" && history && (
        <>
          <h3 className={styles.subheading}>{t("favouritesHeading")}</h3>
          {favourites.length ? (
            <ResultList items={favourites} label={t("favouritesHeading")} {...listProps} />
          ) : (
            <p className={styles.muted}>{t("noHistory")}</p>
          )}
          <h3 className={styles.subheading}>{t("recentHeading")}</h3>
          {recent.length ? (
            <ResultList items={recent} label={t("recentHeading")} {...listProps} />
          ) : (
            <p className={styles.muted}>{t("noHistory")}</p>
          )}
        </>
      )}
    </section>
  );
}

interface ResultListProps {
  items: SearchResult[];
  label: string;
  favourites: SearchResult[];
  onOpen(table: SearchResult): void;
  onToggleFavourite(table: SearchResult): void;
}

function ResultList({ items, label, favourites, onOpen, onToggleFavourite }: ResultListProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((r) => {
        const fav = favourites.some((f) => f.ref.source === r.ref.source && f.ref.id === r.ref.id);
        const survey = shownSurvey(r);
        const period = shownPeriod(r);
        return (
          <li key={`${r.ref.source}:${r.ref.id}`} data-testid="search-result">
            <div className={styles.row}>
              <Button
                appearance="transparent"
                onClick={() => onOpen(r)}
                aria-label={t("openTable", { title: r.title })}
                style={{ textAlign: "start", justifyContent: "flex-start", minWidth: 0, flex: 1 }}
              >
                {r.title}
              </Button>
              {/* A Button with aria-pressed, not Fluent's ToggleButton: the filled star shows the state, and
                  ToggleButton's styles were 3 KiB gz of the pane's first paint (issue 15). */}
              <Button
                appearance="subtle"
                aria-pressed={fav}
                icon={fav ? <Star24Filled /> : <Star24Regular />}
                aria-label={t(fav ? "removeFavourite" : "addFavourite", { title: r.title })}
                onClick={() => onToggleFavourite(r)}
              />
            </div>
            <div className={`${styles.row} ${styles.muted}`}>
              <SourceBadge source={r.ref.source} />
              <StatusBadge status={r.status} />
              {survey !== undefined && <span>{t("metaSurvey", { value: survey })}</span>}
              {period !== undefined && <span>{t("metaPeriod", { value: period })}</span>}
              {r.updated && <span>{t("metaUpdated", { value: formatDateTime(r.updated, lang) })}</span>}
              {/* OECD flow ids (OECD.SDD.TPS,DSD_SDBSBSC_ISIC4@DF_SDBS_ISIC4) have no break opportunity */}
              <span className={styles.message}>{r.ref.id}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** No source answered: the first failure is shown as the search's error (with its next step). */
function failedEverywhere(sources: SourceStatus[]): boolean {
  return sources.length > 0 && sources.every((s) => s.state !== "ok" && s.state !== "budget");
}

/** The period, unless e-Stat sent SURVEY_DATE 0 (its value for tables without a survey date). */
export function shownPeriod(r: Pick<SearchResult, "period">): string | undefined {
  return r.period === undefined || /^\s*0*\s*$/.test(r.period) ? undefined : r.period;
}

/** The survey name, unless it only repeats the title just above it. */
export function shownSurvey(r: Pick<SearchResult, "survey" | "title">): string | undefined {
  const squash = (x: string) => x.replace(/\s+/g, " ").trim();
  if (r.survey === undefined || squash(r.survey) === "" || squash(r.survey) === squash(r.title))
    return undefined;
  return r.survey;
}
