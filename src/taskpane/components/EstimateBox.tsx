import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Layout, LoadRequest, TableInfo } from "../actions";
import { applySuggestion, estimateLoad, suggestFilters, type Suggestion } from "../estimate";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./common";

export interface EstimateBoxProps {
  info: TableInfo;
  filters: Record<string, string[]>;
  layout: Layout;
  labels?: LoadRequest["labels"];
  onFiltersChange(filters: Record<string, string[]>): void;
}

/** Estimated rows and cells, and above 200,000 cells a warning with filters that help. */
export function EstimateBox({ info, filters, layout, labels, onFiltersChange }: EstimateBoxProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const e = estimateLoad(info, filters, layout, labels);
  const dimName = (id: string) => {
    const d = info.dimensions.find((x) => x.id === id);
    return (lang === "en" && d?.nameEn) || d?.name || id;
  };
  const describe = (s: Suggestion) =>
    s.kind === "latest"
      ? t("suggestLatest", { dimension: dimName(s.dimension), count: s.count })
      : s.kind === "level"
        ? t("suggestLevel", { dimension: dimName(s.dimension), level: s.level })
        : t("suggestFirst", { dimension: dimName(s.dimension), count: s.count });
  return (
    <div className={styles.stack} data-testid="estimate">
      <p style={{ margin: 0 }}>
        {e.known
          ? t("estimate", { rows: e.rows, columns: e.columns, cells: e.cells })
          : t("estimateUnknown", { columns: e.columns })}
      </p>
      {e.large && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("largeWarningTitle")}</MessageBarTitle>
            {t("largeWarning", { cells: e.cells })}
            <ul className={styles.list}>
              {suggestFilters(info, filters, layout).map((s) => {
                const next = applySuggestion(info, filters, s);
                return (
                  <li key={`${s.kind}:${s.dimension}`} className={styles.row}>
                    <span>
                      {describe(s)}{" "}
                      {t("suggestionResult", { cells: estimateLoad(info, next, layout, labels).cells })}
                    </span>
                    <Button
                      size="small"
                      onClick={() => onFiltersChange(next)}
                      aria-label={`${t("apply")}: ${describe(s)}`}
                    >
                      {t("apply")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
