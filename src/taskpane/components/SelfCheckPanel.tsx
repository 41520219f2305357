import { Badge, Button, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Copy24Regular, Stethoscope24Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CheckItem, CheckStatus, SelfCheckReport } from "../../excel/selfCheck";
import { selfCheckText } from "../../excel/selfCheck";
import type { TaskpaneActions } from "../actions";
import { useI18n } from "../i18n";
import { ErrorBar, InfoBar, usePaneStyles } from "./common";

export interface SelfCheckPanelProps {
  actions: Pick<TaskpaneActions, "runSelfCheck">;
  /** Puts text on the clipboard. @default navigator.clipboard, else select-and-copy in the text box */
  copy?: (text: string) => Promise<void>;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  detail: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  label: { overflowWrap: "anywhere" },
  report: { width: "100%", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

const COLOR: Record<CheckStatus, "success" | "danger" | "informative"> = {
  pass: "success",
  fail: "danger",
  notSupported: "informative",
};

/** Settings › 自己診断: runs the checks in the host, lists them, and gives the report as copyable text. */
export function SelfCheckPanel({ actions, copy }: SelfCheckPanelProps) {
  const { t, lang } = useI18n();
  const pane = usePaneStyles();
  const styles = useStyles();
  const [items, setItems] = useState<CheckItem[]>([]);
  const [report, setReport] = useState<SelfCheckReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);
  const text = report ? selfCheckText(report, lang) : "";

  async function start() {
    setRunning(true);
    setReport(null);
    setItems([]);
    setError(null);
    setCopied(null);
    try {
      const r = await actions.runSelfCheck((so) => setItems(so));
      setItems(r.items);
      setReport(r);
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  }

  async function copyReport() {
    try {
      if (copy) await copy(text);
      else await navigator.clipboard.writeText(text);
      setCopied("ok");
    } catch {
      // Office webviews may refuse the async clipboard; the text box is selected for Ctrl+C instead.
      const box = document.querySelector<HTMLTextAreaElement>('[data-testid="selfcheck-text"]');
      box?.select();
      setCopied("failed");
    }
  }

  return (
    <section className={pane.stack} aria-labelledby="selfcheck-heading">
      <h3 id="selfcheck-heading" className={pane.subheading}>
        {t("selfCheckHeading")}
      </h3>
      <span className={pane.muted}>{t("selfCheckHelp")}</span>
      <div className={pane.row}>
        <Button icon={<Stethoscope24Regular />} disabled={running} onClick={start}>
          {running ? t("selfCheckRunning") : t("selfCheckRun")}
        </Button>
        {running && <Spinner size="tiny" />}
      </div>
      {items.length > 0 && (
        <ul className={styles.list} aria-label={t("selfCheckResults")}>
          {items.map((i) => (
            <li key={i.id} className={styles.item} data-testid="selfcheck-item" data-status={i.status}>
              <Badge appearance="filled" color={COLOR[i.status]}>
                {t(
                  i.status === "pass"
                    ? "selfCheckPass"
                    : i.status === "fail"
                      ? "selfCheckFail"
                      : "selfCheckNotSupported",
                )}
              </Badge>
              <span>
                <span className={styles.label}>{i.label[lang]}</span>
                <br />
                <span className={styles.detail}>{i.detail[lang]}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {report && (
        <>
          <Textarea
            className={styles.report}
            aria-label={t("selfCheckText")}
            data-testid="selfcheck-text"
            readOnly
            resize="vertical"
            rows={6}
            value={text}
          />
          <div className={pane.row}>
            <Button icon={<Copy24Regular />} onClick={copyReport}>
              {t("selfCheckCopy")}
            </Button>
          </div>
          <div role="status" aria-live="polite">
            {copied === "ok" && <InfoBar intent="success">{t("selfCheckCopied")}</InfoBar>}
            {copied === "failed" && <InfoBar intent="warning">{t("selfCheckCopyManual")}</InfoBar>}
          </div>
        </>
      )}
      {error !== null && <ErrorBar title={t("selfCheckFailed")} error={error} />}
    </section>
  );
}
