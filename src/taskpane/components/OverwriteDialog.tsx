import type { OverwriteInfo } from "../actions";
import { useI18n } from "../i18n";
import { QuestionDialog } from "./QuestionDialog";
import { useQuestion } from "./useQuestion";

/**
 * confirmOverwrite for the actions: returns a promise the dialog settles.
 * Closing the dialog any other way (Escape, unmount) counts as "no", so nothing is written.
 */
export function useOverwriteConfirm() {
  const { question, ask, answer, pending } = useQuestion<OverwriteInfo, boolean>(false);
  const dialog = <OverwriteDialog info={question} onAnswer={answer} />;
  return { confirm: ask, dialog, pending };
}

export function OverwriteDialog({
  info,
  onAnswer,
}: {
  info: OverwriteInfo | null;
  onAnswer(ok: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <QuestionDialog
      open={info !== null}
      title={t("overwriteTitle")}
      choices={[
        { value: true, label: t("overwriteConfirm"), primary: true },
        { value: false, label: t("cancel") },
      ]}
      declined={false}
      onAnswer={onAnswer}
    >
      {info && <OverwriteDetails body={t("overwriteBody", overwriteParams(info))} info={info} />}
    </QuestionDialog>
  );
}

export const overwriteParams = (info: OverwriteInfo) => ({
  sheet: info.sheet,
  address: info.address,
  n: info.nonEmptyCells,
});

/** What would be lost, made concrete: the count, then a few of the values. */
export function OverwriteDetails({ body, info }: { body: string; info: OverwriteInfo }) {
  const { t } = useI18n();
  return (
    <>
      <p>{body}</p>
      {info.sample && info.sample.length > 0 && (
        <p>{t("overwriteSample", { values: info.sample.slice(0, 5).join("、") })}</p>
      )}
    </>
  );
}
