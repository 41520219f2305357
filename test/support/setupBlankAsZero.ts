// Jest setup of the unit-blank0 and bundle-blank0 projects (see blankAsZero.ts).
process.env.SME_BLANK_AS_ZERO = "1";

jest.mock("../../src/functions/measures", () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./blankAsZero").withDesktopBlanks(jest.requireActual("../../src/functions/measures"), "measures"),
);
jest.mock("../../src/functions/subsidy", () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./blankAsZero").withDesktopBlanks(jest.requireActual("../../src/functions/subsidy"), "subsidy"),
);
jest.mock("../../src/functions/data", () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./blankAsZero").withDesktopBlanks(jest.requireActual("../../src/functions/data"), "data"),
);
