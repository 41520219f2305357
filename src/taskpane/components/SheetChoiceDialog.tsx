import type { OverwriteInfo, SheetChoice } from "../actions";
import { useI18n } from "../i18n";
import { OverwriteDetails, overwriteParams } from "./OverwriteDialog";
import { QuestionDialog } from "./QuestionDialog";
import { useQuestion } from "./useQuestion";

/**
 * chooseSheet for writeCalculationSheet: 上書き / 新しいシートに書く / キャンセル, so an applicant can
 * keep one scenario and write the next beside it. Closing the dialog any other way (Escape, unmount)
 * is キャンセル: nothing is written.
 */
export function useSheetChoice() {
  const { question, ask, answer } = useQuestion<OverwriteInfo, SheetChoice>("cancel");
  const dialog = <SheetChoiceDialog info={question} onAnswer={answer} />;
  return { choose: ask, dialog };
}

export function SheetChoiceDialog({
  info,
  onAnswer,
}: {
  info: OverwriteInfo | null;
  onAnswer(choice: SheetChoice): void;
}) {
  const { t } = useI18n();
  return (
    <QuestionDialog<SheetChoice>
      open={info !== null}
      title={t("sheetChoiceTitle")}
      choices={[
        { value: "newSheet", label: t("sheetChoiceNewSheet"), primary: true },
        { value: "overwrite", label: t("sheetChoiceOverwrite") },
        { value: "cancel", label: t("cancel") },
      ]}
      declined="cancel"
      onAnswer={onAnswer}
    >
      {info && <OverwriteDetails body={t("sheetChoiceBody", overwriteParams(info))} info={info} />}
    </QuestionDialog>
  );
}
