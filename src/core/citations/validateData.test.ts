import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { validateCitedData } from "./validateData";

const ROOT = resolve(__dirname, "../../..");
const pack = () =>
  readdirSync(join(ROOT, "data/indicators"))
    .filter((f) => f.endsWith(".json"))
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(ROOT, "data/indicators", name), "utf8")) }));
const defs = () => JSON.parse(readFileSync(join(ROOT, "data/sme-definitions.json"), "utf8"));

describe("validateCitedData (the build check of data/indicators and data/sme-definitions.json)", () => {
  it("passes the shipped files", () => {
    expect(validateCitedData(pack(), defs())).toEqual([]);
  });

  it("fails a source on a consultant's host, a verified rule without a quote, and an unknown status", () => {
    const files = pack();
    const mw = files.find((f) => f.name === "minimum_wage_national_weighted_avg.json")!.data as {
      documents: Record<string, { url: string }>;
    };
    mw.documents["MHLW-ICHIRAN"].url = "https://kanpura.net/?p=283";
    const d = defs();
    d.smeRules["基本法/卸売業"].status = "verified";
    d.smallRules["基本法/製造業その他"].status = "confirmed";
    delete d.bases["基本法"].source;
    const errors = validateCitedData(files, d);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /minimum_wage_national_weighted_avg\.json: documents\.MHLW-ICHIRAN\.url: .*official host/,
        ),
        expect.stringMatching(
          /sme-definitions\.json: smeRules\.基本法\/卸売業: a verified rule quotes its document/,
        ),
        expect.stringMatching(/sme-definitions\.json: smallRules\.基本法\/製造業その他\.status/),
        expect.stringMatching(
          /sme-definitions\.json: bases\.基本法: a basis that is not an assumption cites its document/,
        ),
      ]),
    );
  });
});
