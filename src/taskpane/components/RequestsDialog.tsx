import { useI18n } from "../i18n";
import { QuestionDialog } from "./QuestionDialog";
import { useQuestion } from "./useQuestion";

/**
 * confirmRequests for the actions (issue 13 L5): a selection with long code lists is fetched in chunks, one
 * e-Stat request per combination; above 16 the user is asked with the count, because each request counts
 * against their appId. Closing the dialog any other way answers no: nothing is fetched.
 */
export function useRequestsConfirm() {
  const { question, ask, answer, pending } = useQuestion<number, boolean>(false);
  const dialog = <RequestsDialog requests={question} onAnswer={answer} />;
  return { confirm: ask, dialog, pending };
}

function RequestsDialog({ requests, onAnswer }: { requests: number | null; onAnswer(ok: boolean): void }) {
  const { t } = useI18n();
  const n = requests ?? 0;
  return (
    <QuestionDialog
      open={requests !== null}
      title={t("requestsTitle")}
      choices={[
        { value: true, label: t("requestsConfirm", { n }), primary: true },
        { value: false, label: t("cancel") },
      ]}
      declined={false}
      onAnswer={onAnswer}
    >
      <p>{t("requestsBody", { n })}</p>
    </QuestionDialog>
  );
}
