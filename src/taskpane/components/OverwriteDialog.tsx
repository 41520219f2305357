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
import type { OverwriteInfo } from "../actions";
import { useI18n } from "../i18n";

/**
 * confirmOverwrite for the actions: returns a promise the dialog settles.
 * Closing the dialog any other way (Escape, unmount) counts as "no", so nothing is written.
 */
export function useOverwriteConfirm() {
  const [info, setInfo] = useState<OverwriteInfo | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);

  const answer = useCallback((ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setInfo(null);
  }, []);

  const confirm = useCallback((next: OverwriteInfo) => {
    resolver.current?.(false);
    setInfo(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  useEffect(() => () => resolver.current?.(false), []);

  const dialog = <OverwriteDialog info={info} onAnswer={answer} />;
  return { confirm, dialog, pending: info !== null };
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
    <Dialog open={info !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("overwriteTitle")}</DialogTitle>
          <DialogContent>
            {info && (
              <>
                <p>
                  {t("overwriteBody", { sheet: info.sheet, address: info.address, n: info.nonEmptyCells })}
                </p>
                {info.sample && info.sample.length > 0 && (
                  <p>{t("overwriteSample", { values: info.sample.slice(0, 5).join("、") })}</p>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t("overwriteConfirm")}
            </Button>
            <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
