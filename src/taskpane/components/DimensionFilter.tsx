import { Button, Checkbox, Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { DimensionMeta } from "../../core/stats/table/types";
import { selectedCodes } from "../estimate";
import { useI18n } from "../i18n";
import { InfoBar, usePaneStyles } from "./common";
import { dimensionLevels, dimensionName } from "./InspectPanel";

/** Checkboxes rendered at once; 市区町村 lists run to ~1,900 codes, so the rest are reached by search. */
export const CODES_RENDERED = 300;

export interface DimensionFilterProps {
  dim: DimensionMeta;
  filters: Record<string, string[]>;
  level?: number;
  onChange(codes: string[], level: number | undefined): void;
}

export function DimensionFilter({ dim, filters, level, onChange }: DimensionFilterProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [search, setSearch] = useState("");
  const name = dimensionName(dim, lang);
  const levels = dimensionLevels(dim);
  const chosen = selectedCodes(dim, filters);
  const chosenSet = new Set(chosen);
  const label = (c: DimensionMeta["codes"][number]) => (lang === "en" && c.labelEn) || c.label;

  const visible = useMemo(() => {
    const q = search.normalize("NFKC").trim().toLowerCase();
    return dim.codes.filter(
      (c) =>
        (level === undefined || (c.level ?? 1) === level) &&
        (q === "" ||
          c.code.toLowerCase().includes(q) ||
          c.label.toLowerCase().includes(q) ||
          (c.labelEn ?? "").toLowerCase().includes(q)),
    );
  }, [dim, level, search]);
  const top = Math.min(...levels);

  // Keep the source's code order, whatever order the clicks came in.
  const ordered = (set: Set<string>) => dim.codes.map((c) => c.code).filter((c) => set.has(c));
  const setCodes = (codes: Set<string>) => onChange(ordered(codes), level);

  return (
    <div className={styles.stack} role="group" aria-label={name} data-testid={`dimension-${dim.id}`}>
      <div className={styles.row}>
        <Field label={t("codeSearch", { name })} style={{ flex: "1 1 160px" }}>
          <Input value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
        {levels.length > 1 && (
          <Field label={t("levelSelect", { name })} style={{ flex: "1 1 120px" }}>
            <Dropdown
              value={level === undefined ? t("allLevels") : t("level", { n: level })}
              selectedOptions={[level === undefined ? "all" : String(level)]}
              onOptionSelect={(_, d) => {
                const next =
                  d.optionValue === "all" || d.optionValue === undefined ? undefined : Number(d.optionValue);
                // Choosing a level selects that level's codes (e-Stat lv<Dim>).
                const codes =
                  next === undefined ? dim.codes : dim.codes.filter((c) => (c.level ?? 1) === next);
                onChange(
                  codes.map((c) => c.code),
                  next,
                );
              }}
            >
              <Option value="all">{t("allLevels")}</Option>
              {levels.map((l) => (
                <Option key={l} value={String(l)}>
                  {t("level", { n: l })}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>
      <div className={styles.row}>
        <Button size="small" onClick={() => setCodes(new Set([...chosen, ...visible.map((c) => c.code)]))}>
          {t("selectAll")}
        </Button>
        <Button
          size="small"
          onClick={() => {
            const drop = new Set(visible.map((c) => c.code));
            setCodes(new Set(chosen.filter((c) => !drop.has(c))));
          }}
        >
          {t("selectNone")}
        </Button>
        <span className={styles.muted} aria-live="polite">
          {t("selectedCount", { selected: chosen.length, total: dim.codes.length })}
        </span>
      </div>
      {chosen.length === 0 && <InfoBar intent="warning">{t("noneSelected", { name })}</InfoBar>}
      {visible.length === 0 ? (
        <p className={styles.muted}>{t("noCodeMatch")}</p>
      ) : (
        <ul className={styles.list} style={{ gap: 0, maxHeight: 320, overflowY: "auto" }}>
          {visible.slice(0, CODES_RENDERED).map((c) => (
            <li key={c.code} style={{ paddingInlineStart: `${((c.level ?? 1) - top) * 16}px` }}>
              <Checkbox
                label={`${label(c)} (${c.code})`}
                checked={chosenSet.has(c.code)}
                onChange={(_, d) => {
                  const next = new Set(chosen);
                  if (d.checked) next.add(c.code);
                  else next.delete(c.code);
                  setCodes(next);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {visible.length > CODES_RENDERED && (
        <p className={styles.muted}>{t("shownFirst", { n: CODES_RENDERED })}</p>
      )}
    </div>
  );
}
