import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
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
    <Dialog open={requests !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("requestsTitle")}</DialogTitle>
          <DialogContent>
            <p>{t("requestsBody", { n })}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t("requestsConfirm", { n })}
            </Button>
            <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
