import type { FakeExcel } from "./excel-fake";
import { configureDataFunctions } from "../functions/data";

/** Served by `npm start` (and the browser tests) as /playground-config.json. */
export interface PlaygroundConfig {
  estatBaseUrl?: string;
  oecdBaseUrl?: string;
}

/**
 * Points the data formulas (SME.ESTAT, SME.OECD, …) at the playground's statistics servers
 * (the loopback fakes under `npm start`) and lets a formula refresh recalculate the fake workbook,
 * as Excel's full calculation does in the add-in.
 */
export function configurePlayground(config: PlaygroundConfig, fake: FakeExcel): void {
  configureDataFunctions({
    fetch: (url, init) => window.fetch(url, init),
    storage: window.localStorage,
    estatBaseUrl: config.estatBaseUrl,
    oecdBaseUrl: config.oecdBaseUrl,
    recalculate: () =>
      fake.run(async (context) => {
        // A string, not Excel.CalculationType.full: there is no Excel global in the playground.
        context.workbook.application.calculate("Full");
        await context.sync();
      }),
  });
}
