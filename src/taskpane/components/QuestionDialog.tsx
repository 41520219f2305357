import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** One answer button; the first `primary` one is the dialog's default action. */
export interface QuestionChoice<A> {
  value: A;
  label: string;
  primary?: boolean;
}

/**
 * The pane's modal questions (overwrite, request count, which sheet): an alert dialog whose buttons answer
 * with a value. Escape or any other way of closing answers `declined`, which never writes or fetches.
 */
export function QuestionDialog<A>({
  open,
  title,
  children,
  choices,
  declined,
  onAnswer,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  choices: QuestionChoice<A>[];
  declined: A;
  onAnswer(answer: A): void;
}) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer(declined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent style={{ overflowWrap: "anywhere" }}>{open && children}</DialogContent>
          <DialogActions style={{ flexWrap: "wrap" }}>
            {choices.map((c) => (
              <Button
                key={String(c.value)}
                appearance={c.primary ? "primary" : "secondary"}
                onClick={() => onAnswer(c.value)}
              >
                {c.label}
              </Button>
            ))}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
