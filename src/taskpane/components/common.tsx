import { makeStyles, tokens } from "@fluentui/react-components";
import type { SourceKind } from "../actions";
import { describeError } from "../../core/errors/messages";
import { lazy } from "../../core/lazy";
import { useI18n } from "../i18n";
import { lazyInline } from "../lazyPanel";

export const usePaneStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  scrollX: { overflowX: "auto", maxWidth: "100%" },
  pre: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  // Messages carry URLs and ids with no break opportunity; in a 320 px pane they ran past its edge.
  message: { overflowWrap: "anywhere", minWidth: 0 },
  code: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** A thrown value is a cancellation (DOM AbortError, CANCELLED from the stats clients, EXCEL_CANCELLED from src/excel), not a failure. */
export function isAbort(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const x = e as { name?: string; code?: string };
  return x.name === "AbortError" || x.code === "CANCELLED" || x.code === "EXCEL_CANCELLED";
}

// The error bar (./ErrorBar.tsx: next step, 「詳細」 expander), message bars and badges load with the first
// one shown or in the background after first paint, not before the pane paints (issue 15); until they
// arrive, or if they cannot be fetched (offline), the same words as plain text. Panels import them from here.
const ui = lazy(() => import(/* webpackChunkName: "pane-ui" */ "./paneUi"));

export const ErrorBar = lazyInline(
  ui,
  (m) => m.ErrorBar,
  ({ title, error }: { title: string; error: unknown }) => (
    <div role="alert">
      <strong>{title}</strong> {describeError(error)}
    </div>
  ),
);

const InfoBarView = lazyInline(
  ui,
  (m) => m.InfoBarView,
  ({ children }) => <div role="status">{children}</div>,
);
/** Fluent's Spinner (a busy indicator with its label); the label alone until it loads. */
export const Spinner = lazyInline(
  ui,
  (m) => m.Spinner,
  ({ label }: { label?: string; size?: "tiny" | "extra-small" | "small" | "medium" }) => (
    <span role="status">{label}</span>
  ),
);

const BadgeView = lazyInline(
  ui,
  (m) => m.BadgeView,
  ({ label, title }) => <span title={title}>{label}</span>,
);

export function InfoBar({
  intent = "info",
  children,
}: {
  intent?: "info" | "success" | "warning";
  children: React.ReactNode;
}) {
  const styles = usePaneStyles();
  return (
    <InfoBarView intent={intent} className={styles.message}>
      {children}
    </InfoBarView>
  );
}

export function SourceBadge({ source }: { source: SourceKind }) {
  const { t } = useI18n();
  const label =
    source === "offline" ? t("sourceOffline") : source === "OECD" ? t("sourceOecd") : t("sourceEstat");
  return <BadgeView appearance="outline" color={source === "offline" ? "success" : "brand"} label={label} />;
}

/** Status of offline-pack figures and subsidy rules: verified / official-summary / secondary / assumption. */
export function StatusBadge({ status }: { status?: string }) {
  const { t } = useI18n();
  if (!status) return null;
  // A pack series can mix statuses ("official-summary/secondary"): each part gets its label.
  const label = status
    .split("/")
    .map((part) =>
      part === "verified"
        ? t("statusVerified")
        : part === "official-summary"
          ? t("statusOfficialSummary")
          : part === "secondary"
            ? t("statusSecondary")
            : part === "assumption"
              ? t("statusAssumption")
              : part,
    )
    .join(" / ");
  return (
    <BadgeView
      appearance="tint"
      color={status === "verified" ? "success" : "warning"}
      title={t("statusLabel", { label })}
      label={label}
    />
  );
}
