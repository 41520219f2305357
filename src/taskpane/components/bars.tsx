// Fluent's MessageBar and Badge, loaded with the pane's other later parts (common.tsx wraps them): the
// pane's first paint needs neither (issue 15).
import { Badge, MessageBar, MessageBarBody, type BadgeProps } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function InfoBarView({
  intent,
  className,
  children,
}: {
  intent: "info" | "success" | "warning";
  className: string;
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={className}>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function BadgeView({
  label,
  appearance,
  color,
  title,
}: {
  label: string;
  appearance: BadgeProps["appearance"];
  color: BadgeProps["color"];
  title?: string;
}) {
  return (
    <Badge appearance={appearance} color={color} title={title}>
      {label}
    </Badge>
  );
}
