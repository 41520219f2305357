import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { AppError } from "../../core/errors/AppError";
import { describeError, messageFor } from "../../core/errors/messages";
import { useI18n, type MessageKey } from "../i18n";
import { useOpenSettings } from "../openSettings";
import { usePaneStyles } from "./common";

/** What the user can do about an error; null when the error's own message already says it plainly. */
export type NextStep = "appId" | "retry" | "checkId";

const APP_ID = new Set(["ESTAT_STATUS_AUTH", "ESTAT_MISSING_APP_ID"]);
const CHECK_ID = new Set(["ESTAT_STATUS_NOT_FOUND"]);
// Transport and parse failures: the text is for support (URL, HTTP status, parser detail), not for the user.
const RETRY = new Set([
  "NETWORK",
  "TIMEOUT",
  "HTTP_STATUS",
  "ESTAT_STATUS",
  "ESTAT_STATUS_SERVER",
  "ESTAT_BAD_RESPONSE",
  "ESTAT_PAGE_FAILED",
  "ESTAT_PAGING_MISMATCH",
  "ESTAT_JSONP_FAILED",
  "OECD_HTTP_ERROR",
  "OECD_NETWORK_ERROR",
  "OECD_PARSE_FAILED",
  "OECD_SDMX_ERROR",
  "INTERNAL",
]);

export function nextStepFor(error: unknown): NextStep | null {
  if (!(error instanceof AppError)) return "retry"; // an unexpected throw: its text is a stack message
  if (APP_ID.has(error.code)) return "appId";
  if (CHECK_ID.has(error.code)) return "checkId";
  if (error.code === "OECD_HTTP_ERROR" && Number(error.params?.status) === 404) return "checkId";
  return RETRY.has(error.code) ? "retry" : null;
}

const STEP_TEXT: Record<NextStep, MessageKey> = {
  appId: "errorNextAppId",
  retry: "errorNextRetry",
  checkId: "errorNextCheckId",
};

/**
 * An error in the pane's language only. A technical error (network, e-Stat STATUS, a reply that could not
 * be read) shows a plain next step, with the source's own text, the URL and the code behind 「詳細」; an
 * error whose message is already what the user needs (a budget with its retry time, a filter to change)
 * shows that message.
 */
export function ErrorBar({ title, error }: { title: string; error: unknown }) {
  const styles = usePaneStyles();
  const { t, lang } = useI18n();
  const openSettings = useOpenSettings();
  const step = nextStepFor(error);
  // e-Stat's own ERROR_MSG (Japanese whatever the pane's language) goes on its own line under 詳細, not
  // inside our sentence.
  const sourceText =
    error instanceof AppError && typeof error.params?.errorMsg === "string" ? error.params.errorMsg : "";
  const message = sourceText
    ? messageFor((error as AppError).code, { ...(error as AppError).params, errorMsg: "" }, lang)
        .replace(/\s{2,}/g, " ")
        .replace(/\s+([。.])/g, "$1")
        .replace(/[:：]\s*$/, "")
    : describeError(error, lang);
  const code = error instanceof AppError ? error.code : "INTERNAL";
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {step === null ? (
          <span>{message}</span>
        ) : (
          <>
            <div>
              {t(STEP_TEXT[step])}
              {step === "appId" && openSettings && (
                <>
                  {" "}
                  <Link as="button" inline onClick={openSettings}>
                    {t("errorOpenSettings")}
                  </Link>
                </>
              )}
            </div>
            <Accordion collapsible>
              <AccordionItem value="details">
                <AccordionHeader size="small">{t("errorDetails")}</AccordionHeader>
                <AccordionPanel>
                  <p className={styles.pre} data-testid="error-details">
                    {message}
                  </p>
                  {sourceText && (
                    <p className={styles.pre} data-testid="error-source-text">
                      {t("errorSourceSaid", { text: sourceText })}
                    </p>
                  )}
                  <p className={styles.muted}>{t("errorCode", { code })}</p>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
