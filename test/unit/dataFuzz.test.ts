// Random arguments (wrong ids, malformed filters, huge code lists, empty strings, Excel errors, odd shapes)
// never make a data formula throw anything but a CustomFunctions.Error.
import fc from "fast-check";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import {
  configureDataFunctions,
  estatFn,
  estatValueFn,
  indicatorFn,
  indicatorsFn,
  oecdFn,
  resetDataFunctions,
  sourceFn,
} from "../../src/functions/data";
import { writeStoredSettings } from "../../src/functions/data/settings";
import { MemoryLocalStorage } from "./dataTestKit";

let estat: EstatFake;
let oecd: OecdFake;

beforeAll(async () => {
  estat = await startEstatFake();
  oecd = await startOecdFake();
  estat.setTable("T1", {
    rows: 200,
    dims: [
      { id: "cat01", name: "産業", size: 10 },
      { id: "area", name: "地域", size: 20 },
    ],
  });
});
afterAll(async () => {
  await estat.close();
  await oecd.close();
  resetDataFunctions();
});
beforeEach(() => {
  const storage = new MemoryLocalStorage();
  writeStoredSettings(storage, { appId: "fuzz-app" });
  configureDataFunctions({
    storage,
    estatBaseUrl: estat.baseUrl,
    oecdBaseUrl: oecd.baseUrl,
    jsonp: null,
    batchDelayMs: 5,
    oecdLimitPerHour: 100_000,
    http: { timeoutMs: 2000, retries: 0, backoffBaseMs: 1, minIntervalMs: 0 },
    recalculate: null,
  });
});

const excelError = fc
  .constant(null)
  .map(() => new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "from a lookup"));
const words = fc.constantFrom(
  "",
  " ",
  "T1",
  "GEN-50",
  "STATUS-300",
  "STATUS-100",
  "0003425893",
  "cat01=001",
  "area=00001",
  "cdCat01=001,002;cdArea=00001",
  "cdTimeFrom=min",
  "lvArea=1-2",
  '=HYPERLINK("x")',
  "wide",
  "long",
  "labels=code",
  "rows=cat01;cols=area",
  "OECD.STI.STP,DSD_MSTI@DF_MSTI",
  "JPN+USA.A.G.PT_B1GQ..",
  "minimum_wage_national_weighted_avg",
  "2015",
  "cat01=",
  "=",
  ";;;",
  "cdCat01=" + Array.from({ length: 450 }, (_, i) => `C${i}`).join(","),
);
const cell = fc.oneof(
  words,
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  excelError,
);
const matrix = fc.oneof(
  cell.map((c) => [[c]]),
  fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  fc.constantFrom([], [[]], null, undefined),
  cell,
);

async function onlyExcelErrors(p: () => unknown): Promise<void> {
  try {
    await p();
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw new Error(`uncaught ${String(e)}`);
    expect(typeof e.code).toBe("string");
  }
}

describe("data formulas under random arguments", () => {
  it("fail only with CustomFunctions.Error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("ESTAT", "ESTATVALUE", "OECD", "INDICATOR", "INDICATORS", "SOURCE"),
        fc.array(matrix, { minLength: 0, maxLength: 6 }),
        async (fn, args) => {
          const a = args as never[];
          const inv = { address: "Sheet1!A1", parameterAddresses: ["Sheet1!B2"] } as never;
          await onlyExcelErrors(() => {
            switch (fn) {
              case "ESTAT":
                return estatFn(a[0], a[1], a[2], a[3], inv);
              case "ESTATVALUE":
                return estatValueFn(a[0], a.slice(1) as never, inv);
              case "OECD":
                return oecdFn(a[0], a[1], a[2], a[3], a[4], a[5], inv);
              case "INDICATOR":
                return indicatorFn(a[0], a[1], a[2], a[3], inv);
              case "INDICATORS":
                return indicatorsFn(a[0], a[1]);
              default:
                return sourceFn(a[0], a[1], inv);
            }
          });
        },
      ),
      // Two well-formed calls first: in some runs random arguments alone reached neither server (a CI run
      // at 7210016 failed the check below), so the check held only by chance.
      {
        numRuns: 300,
        examples: [
          ["ESTAT", ["T1"]],
          ["OECD", ["OECD.STI.STP,DSD_MSTI@DF_MSTI", "JPN+USA.A.G.PT_B1GQ..", "2015"]],
        ],
      },
    );
    // the runs reached the servers too, not only the argument checks
    expect(estat.requests.length + oecd.requests.length).toBeGreaterThan(0);
  }, 60_000);
});
