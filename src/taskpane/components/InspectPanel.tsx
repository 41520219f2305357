import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DimensionMeta } from "../../core/stats/table/types";
import type { Layout, LoadRequest, TableInfo } from "../actions";
import { formatDateTime, useI18n } from "../i18n";
import { SourceBadge, StatusBadge, usePaneStyles } from "./common";
import { EnglishOnlyNote } from "./EnglishOnlyNote";
import { EstimateBox } from "./EstimateBox";
import { StepNav } from "./StepNav";

/** Source links shown before "Show N more sources" (a pack series can cite ~40 pages). */
export const SOURCES_SHOWN = 3;

/** Codes listed per dimension before "N more": long code lists (市区町村) are searched in the filter step. */
const CODES_SHOWN = 200;

export interface InspectPanelProps {
  info: TableInfo;
  filters: Record<string, string[]>;
  layout: Layout;
  labels?: LoadRequest["labels"];
  onFiltersChange(filters: Record<string, string[]>): void;
  onBack(): void;
  onNext(): void;
}

export function InspectPanel({
  info,
  filters,
  layout,
  labels,
  onFiltersChange,
  onBack,
  onNext,
}: InspectPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  return (
    <section className={styles.stack} aria-labelledby="inspect-heading">
      <h2 id="inspect-heading" className={styles.heading}>
        {t("inspectHeading")}
      </h2>
      <div className={styles.stack} style={{ gap: 4 }}>
        <h3 className={styles.subheading} data-testid="table-title">
          {info.title}
        </h3>
        <div className={`${styles.row} ${styles.muted}`}>
          <SourceBadge source={info.ref.source} />
          <StatusBadge status={info.status} />
          <span>{t("tableId", { id: info.ref.id })}</span>
          {info.survey && <span>{t("metaSurvey", { value: info.survey })}</span>}
          {info.organization && <span>{t("organization", { value: info.organization })}</span>}
          {info.period && <span>{t("metaPeriod", { value: info.period })}</span>}
          {info.updated && <span>{t("metaUpdated", { value: formatDateTime(info.updated, lang) })}</span>}
        </div>
      </div>
      <EstimateBox
        info={info}
        filters={filters}
        layout={layout}
        labels={labels}
        onFiltersChange={onFiltersChange}
      />
      <h3 className={styles.subheading}>{t("dimensionsHeading")}</h3>
      <EnglishOnlyNote info={info} />
      <Accordion collapsible multiple>
        {info.dimensions.map((d) => (
          <AccordionItem key={d.id} value={d.id}>
            <AccordionHeader>{dimensionSummary(d, lang, t)}</AccordionHeader>
            <AccordionPanel>
              <CodeOutline dim={d} lang={lang} more={(n) => t("moreCodes", { n })} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <h3 className={styles.subheading}>{t("notesHeading")}</h3>
      {info.notes.length === 0 ? (
        <p className={styles.muted}>{t("noNotes")}</p>
      ) : (
        info.notes.map((n, i) => (
          <p key={i} className={styles.pre}>
            {n}
          </p>
        ))
      )}
      {info.sources && info.sources.length > 0 && <SourceList sources={info.sources} />}
      {info.markers && info.markers.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t("markersHeading")}</h3>
          <dl style={{ margin: 0 }}>
            {info.markers.map((m) => (
              <div key={m.marker} className={styles.row}>
                <dt style={{ fontWeight: 600 }}>{m.marker}</dt>
                <dd style={{ margin: 0 }}>{m.meaning}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <StepNav onBack={onBack} next={{ label: t("toFilter"), onClick: onNext }} />
    </section>
  );
}

/** The first few sources as links, the rest behind a toggle. Labels and URLs are data: text only. */
function SourceList({ sources }: { sources: NonNullable<TableInfo["sources"]> }) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const [all, setAll] = useState(false);
  const hidden = sources.length - SOURCES_SHOWN;
  const shown = all ? sources : sources.slice(0, SOURCES_SHOWN);
  return (
    <>
      <h3 id="sources-heading" className={styles.subheading}>
        {t("sourcesHeading")}
      </h3>
      <ul className={styles.list} style={{ gap: 2 }} aria-labelledby="sources-heading">
        {shown.map((s, i) => (
          <li key={`${i}:${s.url}`} className={styles.pre}>
            {/^https?:\/\//i.test(s.url) ? (
              <Link href={s.url} title={s.url} target="_blank" rel="noopener noreferrer">
                {s.label ?? s.url}
              </Link>
            ) : (
              // Not a web address (a bare source key): shown, never made a link.
              <span>{s.label ?? s.url}</span>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <div>
          <Button appearance="subtle" size="small" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t("fewerSources") : t("moreSources", { n: hidden })}
          </Button>
        </div>
      )}
    </>
  );
}

export function dimensionLevels(d: DimensionMeta): number[] {
  return [...new Set(d.codes.map((c) => c.level ?? 1))].sort((a, b) => a - b);
}

export function dimensionName(d: DimensionMeta, lang: "ja" | "en"): string {
  return (lang === "en" && d.nameEn) || d.name;
}

function dimensionSummary(d: DimensionMeta, lang: "ja" | "en", t: ReturnType<typeof useI18n>["t"]): string {
  return t("dimensionSummary", {
    name: dimensionName(d, lang),
    n: d.codes.length,
    levels: dimensionLevels(d).length,
  });
}

/** The code list indented by level, as a nested-looking flat list (levels come from e-Stat @level). */
function CodeOutline({
  dim,
  lang,
  more,
}: {
  dim: DimensionMeta;
  lang: "ja" | "en";
  more: (n: number) => string;
}) {
  const styles = usePaneStyles();
  const top = Math.min(...dimensionLevels(dim));
  const shown = dim.codes.slice(0, CODES_SHOWN);
  return (
    <ul className={styles.list} style={{ gap: 2 }} aria-label={dimensionName(dim, lang)}>
      {shown.map((c) => (
        <li key={c.code} style={{ paddingInlineStart: `${((c.level ?? 1) - top) * 16}px` }}>
          {(lang === "en" && c.labelEn) || c.label} <span className={styles.muted}>{c.code}</span>
        </li>
      ))}
      {dim.codes.length > CODES_SHOWN && (
        <li className={styles.muted}>{more(dim.codes.length - CODES_SHOWN)}</li>
      )}
    </ul>
  );
}
