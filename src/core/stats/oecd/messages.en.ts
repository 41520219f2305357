import type { oecdJa } from "./messages.ja";

export const oecdEn: Record<keyof typeof oecdJa, string> = {};
