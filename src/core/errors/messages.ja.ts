// User-facing Japanese messages by error code. Each domain keeps its own table;
// messages.parity.test.ts checks that Japanese and English have the same codes.
import { generalJa } from "./general.ja";
import { excelJa } from "./excel.ja";
import { measuresJa } from "../measures/messages.ja";
import { subsidyJa } from "../subsidy/messages.ja";
import { statsJa } from "../stats/messages.ja";
import { oecdJa } from "../stats/oecd/messages.ja";
import { dataFormulasJa } from "../stats/formulas/messages.ja";
import { netJa } from "../net/messages.ja";
import { cliJa } from "./cli.ja";
import { rdtaxJa } from "../rdtax/messages.ja";

export const messagesJa = {
  ...generalJa,
  ...excelJa,
  ...measuresJa,
  ...subsidyJa,
  ...statsJa,
  ...oecdJa,
  ...dataFormulasJa,
  ...netJa,
  ...cliJa,
  ...rdtaxJa,
};
