// The shared subsidy cases again, this time through the BUILT bundle: the unit test file is reused
// with src/functions/subsidy replaced by the functions that dist/functions.js registered.
import { loadFunctionsBundle } from "../support/loadFunctionsBundle";

const bundle = loadFunctionsBundle();
// Synchronous answers, as in Excel once the functions' lazy parts (fn-* chunks) have loaded.
beforeAll(() => bundle.ready);
const byExport: Record<string, string> = {
  programsFn: "PROGRAMS",
  goTechFn: "GOTECH",
  goTechCheckFn: "GOTECHCHECK",
  grantFn: "GRANT",
  grantCapFn: "GRANTCAP",
  grantRateFn: "GRANTRATE",
  grantCheckFn: "GRANTCHECK",
  cappedGrantFn: "CAPPEDGRANT",
};

jest.mock("../../src/functions/subsidy", () =>
  Object.fromEntries(
    Object.entries(byExport).map(([name, id]) => [name, (...args: unknown[]) => bundle.call(id, ...args)]),
  ),
);

describe("subsidy functions come from the bundle", () => {
  it("registers every subsidy id", () => {
    for (const id of Object.values(byExport)) expect(bundle.cf.registry.has(id)).toBe(true);
  });
});

// Registers the case tests in this file, now running against the bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../unit/subsidyCases.test");
