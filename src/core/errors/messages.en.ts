import { generalEn } from "./general.en";
import { measuresEn } from "../measures/messages.en";
import { subsidyEn } from "../subsidy/messages.en";
import { statsEn } from "../stats/messages.en";
import { oecdEn } from "../stats/oecd/messages.en";

export const messagesEn: Record<keyof typeof import("./messages.ja").messagesJa, string> = {
  ...generalEn,
  ...measuresEn,
  ...subsidyEn,
  ...statsEn,
  ...oecdEn,
};
