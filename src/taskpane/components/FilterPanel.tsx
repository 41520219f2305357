import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { Lang, Layout, LoadRequest, TableInfo } from "../actions";
import { selectedCodes } from "../estimate";
import { useI18n } from "../i18n";
import { InfoBar, usePaneStyles } from "./common";
import { DimensionFilter } from "./DimensionFilter";
import { EnglishOnlyNote } from "./EnglishOnlyNote";
import { EstimateBox } from "./EstimateBox";
import { dimensionName } from "./InspectPanel";
import { StepNav } from "./StepNav";

/** The user's choices between opening a table and loading it. */
export type Shape = Pick<
  LoadRequest,
  "filters" | "levels" | "layout" | "labels" | "labelLang" | "headerLang"
>;

export function defaultShape(info: TableInfo, lang: Lang): Shape {
  const hasEnglish = info.dimensions.some((d) => d.codes.some((c) => c.labelEn));
  return {
    filters: {},
    levels: {},
    layout: { kind: "long" },
    labels: "both",
    labelLang: lang === "en" && hasEnglish ? "en" : "ja",
    headerLang: lang,
  };
}

/** Wide layout with time across, everything else down (the usual 統計表 shape). */
export function defaultWideLayout(info: TableInfo): Layout {
  // OECD structures keep TIME_PERIOD apart from the key dimensions; without this the last key
  // dimension (MSTI: TRANSFORMATION, one code) went across and time went down.
  const across =
    info.dimensions.find((d) => d.role === "time")?.id ??
    info.timeDimension ??
    info.dimensions[info.dimensions.length - 1]?.id;
  const columns = across ? [across] : [];
  return {
    kind: "wide",
    rows: info.dimensions.map((d) => d.id).filter((id) => !columns.includes(id)),
    columns,
  };
}

/** Why the shape cannot be loaded yet, or null. */
export function shapeProblem(info: TableInfo, shape: Shape): "noneSelected" | "wideNeedsColumns" | null {
  if (info.dimensions.some((d) => selectedCodes(d, shape.filters).length === 0)) return "noneSelected";
  if (shape.layout.kind === "wide" && shape.layout.columns.length === 0) return "wideNeedsColumns";
  return null;
}

export interface FilterPanelProps {
  info: TableInfo;
  shape: Shape;
  onChange(shape: Shape): void;
  onBack(): void;
  onNext(): void;
}

export function FilterPanel({ info, shape, onChange, onBack, onNext }: FilterPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const hasEnglish = info.dimensions.some((d) => d.codes.some((c) => c.labelEn));
  const problem = shapeProblem(info, shape);
  const layout = shape.layout;

  // One dimension goes across (its codes become the columns, as toWideMatrix builds them); picking
  // another for the columns moves the previous one down to the rows.
  const setAxis = (id: string, axis: "rows" | "columns") => {
    if (layout.kind !== "wide") return;
    const columns = axis === "columns" ? [id] : layout.columns.filter((x) => x !== id);
    const rows = info.dimensions.map((d) => d.id).filter((x) => !columns.includes(x));
    onChange({ ...shape, layout: { kind: "wide", rows, columns } });
  };

  return (
    <section className={styles.stack} aria-labelledby="filter-heading">
      <h2 id="filter-heading" className={styles.heading}>
        {t("filterHeading")}
      </h2>
      <p className={styles.muted} style={{ margin: 0 }}>
        {info.title}
      </p>
      <Accordion
        collapsible
        multiple
        defaultOpenItems={info.dimensions.length <= 2 ? info.dimensions.map((d) => d.id) : []}
      >
        {info.dimensions.map((d) => (
          <AccordionItem key={d.id} value={d.id}>
            <AccordionHeader>
              {dimensionName(d, lang)}（
              {t("selectedCount", {
                selected: selectedCodes(d, shape.filters).length,
                total: d.codes.length,
              })}
              ）
            </AccordionHeader>
            <AccordionPanel>
              <DimensionFilter
                dim={d}
                filters={shape.filters}
                level={shape.levels?.[d.id]}
                onChange={(codes, level) => {
                  const levels = { ...shape.levels };
                  if (level === undefined) delete levels[d.id];
                  else levels[d.id] = level;
                  onChange({ ...shape, filters: { ...shape.filters, [d.id]: codes }, levels });
                }}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>

      <Field label={t("layoutLabel")}>
        <RadioGroup
          value={layout.kind}
          onChange={(_, d) =>
            onChange({ ...shape, layout: d.value === "wide" ? defaultWideLayout(info) : { kind: "long" } })
          }
        >
          <Radio value="long" label={t("layoutLong")} />
          <Radio value="wide" label={t("layoutWide")} />
        </RadioGroup>
      </Field>
      {layout.kind === "wide" &&
        info.dimensions.map((d) => {
          const axis = layout.columns.includes(d.id) ? "columns" : "rows";
          const name = dimensionName(d, lang);
          return (
            <Field key={d.id} label={t("axisLabel", { name })}>
              <Dropdown
                value={axis === "rows" ? t("axisRows") : t("axisColumns")}
                selectedOptions={[axis]}
                onOptionSelect={(_, o) => setAxis(d.id, o.optionValue === "columns" ? "columns" : "rows")}
              >
                <Option value="rows">{t("axisRows")}</Option>
                <Option value="columns">{t("axisColumns")}</Option>
              </Dropdown>
            </Field>
          );
        })}
      <Field label={t("labelsLabel")}>
        <RadioGroup
          layout="horizontal"
          value={shape.labels}
          onChange={(_, d) =>
            onChange({ ...shape, labels: d.value === "code" || d.value === "both" ? d.value : "label" })
          }
        >
          <Radio value="label" label={t("labelsText")} />
          <Radio value="code" label={t("labelsCode")} />
          <Radio value="both" label={t("labelsBoth")} />
        </RadioGroup>
      </Field>
      <EnglishOnlyNote info={info} />
      <Field label={t("labelLangLabel")} hint={hasEnglish ? undefined : t("noEnglishLabels")}>
        <RadioGroup
          layout="horizontal"
          value={shape.labelLang}
          onChange={(_, d) => onChange({ ...shape, labelLang: d.value === "en" ? "en" : "ja" })}
        >
          <Radio value="ja" label={t("labelLangJa")} />
          <Radio value="en" label={t("labelLangEn")} disabled={!hasEnglish} />
        </RadioGroup>
      </Field>
      <EstimateBox
        info={info}
        filters={shape.filters}
        layout={layout}
        onFiltersChange={(filters) => onChange({ ...shape, filters })}
      />
      {problem === "wideNeedsColumns" && <InfoBar intent="warning">{t("wideNeedsColumns")}</InfoBar>}
      <StepNav
        onBack={onBack}
        next={{ label: t("toPreview"), onClick: onNext, disabled: problem !== null }}
      />
    </section>
  );
}
