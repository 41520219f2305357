import type { FakeExcel } from "./excel-fake";

/** Served by `npm start` (and the browser tests) as /playground-config.json. */
export interface PlaygroundConfig {
  estatBaseUrl?: string;
  oecdBaseUrl?: string;
}

/** Points the data formulas at the fake statistics servers; filled in when the data formulas land. */
export function configurePlayground(_config: PlaygroundConfig, _fake: FakeExcel): void {}
