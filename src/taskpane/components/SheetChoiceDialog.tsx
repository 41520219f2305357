import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { OverwriteInfo, SheetChoice } from "../actions";
import { useI18n } from "../i18n";

/**
 * chooseSheet for writeCalculationSheet: 上書き / 新しいシートに書く / キャンセル, so an applicant can
 * keep one scenario and write the next beside it. Closing the dialog any other way (Escape, unmount)
 * is キャンセル: nothing is written.
 */
export function useSheetChoice() {
  const [info, setInfo] = useState<OverwriteInfo | null>(null);
  const resolver = useRef<((choice: SheetChoice) => void) | null>(null);

  const answer = useCallback((choice: SheetChoice) => {
    resolver.current?.(choice);
    resolver.current = null;
    setInfo(null);
  }, []);

  const choose = useCallback((next: OverwriteInfo) => {
    resolver.current?.("cancel");
    setInfo(next);
    return new Promise<SheetChoice>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  useEffect(() => () => resolver.current?.("cancel"), []);

  const dialog = <SheetChoiceDialog info={info} onAnswer={answer} />;
  return { choose, dialog };
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
    <Dialog open={info !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("sheetChoiceTitle")}</DialogTitle>
          <DialogContent>
            {info && (
              <>
                <p style={{ overflowWrap: "anywhere" }}>
                  {t("sheetChoiceBody", { sheet: info.sheet, address: info.address, n: info.nonEmptyCells })}
                </p>
                {info.sample && info.sample.length > 0 && (
                  <p style={{ overflowWrap: "anywhere" }}>
                    {t("overwriteSample", { values: info.sample.slice(0, 5).join("、") })}
                  </p>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions style={{ flexWrap: "wrap" }}>
            <Button appearance="primary" onClick={() => onAnswer("newSheet")}>
              {t("sheetChoiceNewSheet")}
            </Button>
            <Button onClick={() => onAnswer("overwrite")}>{t("sheetChoiceOverwrite")}</Button>
            <Button onClick={() => onAnswer("cancel")}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
