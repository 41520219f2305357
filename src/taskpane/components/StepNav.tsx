// The row under each step of the data flow (Inspect → Filter → Preview → Load): 戻る, and the primary button
// that goes on (an arrow after its label, or the step's own icon before it, as 読み込む's download icon).
import { Button } from "@fluentui/react-components";
import { ArrowLeft24Regular, ArrowRight24Regular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./common";

export interface StepNavProps {
  onBack(): void;
  next: {
    label: string;
    onClick(): void;
    disabled?: boolean;
    /** The step's own icon, shown before the label; default an arrow after it. */
    icon?: ReactElement;
  };
}

export function StepNav({ onBack, next }: StepNavProps) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  return (
    <div className={styles.row}>
      <Button icon={<ArrowLeft24Regular />} onClick={onBack}>
        {t("back")}
      </Button>
      <Button
        appearance="primary"
        icon={next.icon ?? <ArrowRight24Regular />}
        iconPosition={next.icon ? "before" : "after"}
        disabled={next.disabled}
        onClick={next.onClick}
      >
        {next.label}
      </Button>
    </div>
  );
}
