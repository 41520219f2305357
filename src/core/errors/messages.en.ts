import { generalEn } from "./general.en";
import { excelEn } from "./excel.en";
import { measuresEn } from "../measures/messages.en";
import { subsidyEn } from "../subsidy/messages.en";
import { statsEn } from "../stats/messages.en";
import { oecdEn } from "../stats/oecd/messages.en";
import { dataFormulasEn } from "../stats/formulas/messages.en";
import { netEn } from "../net/messages.en";
import { cliEn } from "./cli.en";
import { rdtaxEn } from "../rdtax/messages.en";

export const messagesEn: Record<keyof typeof import("./messages.ja").messagesJa, string> = {
  ...generalEn,
  ...excelEn,
  ...measuresEn,
  ...subsidyEn,
  ...statsEn,
  ...oecdEn,
  ...dataFormulasEn,
  ...netEn,
  ...cliEn,
  ...rdtaxEn,
};
