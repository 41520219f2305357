import { Badge, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceKind } from "../actions";
import { useI18n } from "../i18n";

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

// The error bar lives in its own file (next step, 「詳細」 expander); panels import it from here.
export { ErrorBar } from "./ErrorBar";

export function InfoBar({
  intent = "info",
  children,
}: {
  intent?: "info" | "success" | "warning";
  children: React.ReactNode;
}) {
  const styles = usePaneStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={styles.message}>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function SourceBadge({ source }: { source: SourceKind }) {
  const { t } = useI18n();
  const label =
    source === "offline" ? t("sourceOffline") : source === "OECD" ? t("sourceOecd") : t("sourceEstat");
  return (
    <Badge appearance="outline" color={source === "offline" ? "success" : "brand"}>
      {label}
    </Badge>
  );
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
    <Badge
      appearance="tint"
      color={status === "verified" ? "success" : "warning"}
      title={t("statusLabel", { label })}
    >
      {label}
    </Badge>
  );
}
