// Issue 11: what a user sees as a source is an official publisher's document. Pages we read to check a value
// (news, offices, consultants, forums, law-text mirrors, GitHub transcriptions) may appear in `checkedIn` only.
// The rule is explicit: a URL outside `checkedIn` must be on a host in OFFICIAL_HOST_SUFFIXES.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve } from "path";
import { hostOf, isOfficialUrl, OFFICIAL_HOST_SUFFIXES } from "../../src/core/citations";
import { getIndicator, listIndicators, loadPack, packProvenance } from "../../src/core/indicators";
import { industryTable } from "../../src/core/measures/industries";
import { openSource, type SourceDeps } from "../../src/taskpane/real/sources";

const ROOT = resolve(__dirname, "../..");

/** Data scanned for non-official hosts. Adding a folder or file once its citations are clean is one line. */
const SCANNED_DATA = ["data/indicators", "data/sme-definitions.json", "data/programs"];

/** Text users read: error and message tables, the pane's strings, the Japanese function metadata. */
const USER_FACING_TEXT = [
  "src/core/errors",
  "src/core/measures/messages.ja.ts",
  "src/core/measures/messages.en.ts",
  "src/core/money/messages.ja.ts",
  "src/core/money/messages.en.ts",
  "src/core/stats/messages.ja.ts",
  "src/core/stats/messages.en.ts",
  "src/core/stats/formulas",
  "src/core/stats/oecd/messages.ja.ts",
  "src/core/stats/oecd/messages.en.ts",
  "src/core/subsidy/messages.ja.ts",
  "src/core/subsidy/messages.en.ts",
  "src/functions/ja",
  "src/taskpane/i18n",
];

const URL_RE = /https?:\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>]*/gi;

function filesUnder(path: string, exts: RegExp): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full)
    .flatMap((f) => filesUnder(join(path, f), exts))
    .filter((f) => exts.test(f));
}

/** Every URL in a JSON value with its path; URLs under a `checkedIn` key are the team's notes and skipped. */
function urlsOutsideCheckedIn(value: unknown, path: string): { path: string; url: string }[] {
  if (typeof value === "string") return (value.match(URL_RE) ?? []).map((url) => ({ path, url }));
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsOutsideCheckedIn(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      k === "checkedIn" ? [] : urlsOutsideCheckedIn(v, `${path}.${k}`),
    );
  }
  return [];
}

describe("official hosts", () => {
  it("lists its host suffixes explicitly and matches whole labels only", () => {
    expect(OFFICIAL_HOST_SUFFIXES).toEqual(expect.arrayContaining(["go.jp", "oecd.org", "jtuc-rengo.or.jp"]));
    expect(isOfficialUrl("https://laws.e-gov.go.jp/law/338AC0000000154")).toBe(true);
    expect(isOfficialUrl("https://www.mhlw.go.jp/stf/newpage_63030.html")).toBe(true);
    expect(isOfficialUrl("https://www.jtuc-rengo.or.jp/activity/roudou/shuntou/")).toBe(true);
    expect(isOfficialUrl("http://www.oecd.org/sti/inno/msti.htm")).toBe(true);
    for (const bad of [
      "https://medaka.5ch.net/test/read.cgi/eco/1524808549/60",
      "https://kanpura.net/?p=283",
      "https://github.com/TAppy-1413/price-tracker",
      "https://hojokin.funaisoken.co.jp/column/column-3983",
      "https://legaldoc.jp/elaws/elaws-view?cid=1",
      "https://notgo.jp.example.com/",
      "https://fakego.jp/",
      "ftp://www.mhlw.go.jp/",
    ])
      expect({ bad, official: isOfficialUrl(bad) }).toEqual({ bad, official: false });
    expect(hostOf("https://WWW.MOF.GO.JP/x")).toBe("www.mof.go.jp");
  });
});

describe("no non-official host outside checkedIn", () => {
  it.each(SCANNED_DATA)("%s", (path) => {
    const bad: string[] = [];
    for (const file of filesUnder(path, /\.(json|md)$/)) {
      const text = readFileSync(file, "utf8");
      const found = file.endsWith(".json")
        ? urlsOutsideCheckedIn(JSON.parse(text), relative(ROOT, file))
        : (text.match(URL_RE) ?? []).map((url) => ({ path: relative(ROOT, file), url }));
      for (const { path: where, url } of found) if (!isOfficialUrl(url)) bad.push(`${where}: ${url}`);
    }
    expect(bad).toEqual([]);
  });

  it("catches a consultant's page placed in a source (the scan can fail)", () => {
    const planted = {
      documents: { X: { url: "https://hojokin.funaisoken.co.jp/column/1" } },
      checkedIn: { Y: { url: "https://kanpura.net/" } },
    };
    const found = urlsOutsideCheckedIn(planted, "planted").filter((u) => !isOfficialUrl(u.url));
    expect(found).toEqual([
      { path: "planted.documents.X.url", url: "https://hojokin.funaisoken.co.jp/column/1" },
    ]);
  });

  it("in the user-facing message and label files", () => {
    const bad: string[] = [];
    for (const path of USER_FACING_TEXT) {
      for (const file of filesUnder(path, /\.tsx?$/).filter((f) => !f.endsWith(".test.ts"))) {
        for (const url of readFileSync(file, "utf8").match(URL_RE) ?? [])
          if (!isOfficialUrl(url)) bad.push(`${relative(ROOT, file)}: ${url}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("every citation a user can see names an official host", () => {
  const urlsIn = (texts: readonly (string | null | undefined)[]) =>
    texts.flatMap((t) => (t ?? "").match(URL_RE) ?? []);

  it("SME.INDICATORS, SME.INDICATOR tables, SME.SOURCE lines and the pane's inspect screen, for every series", async () => {
    const shown: string[] = [];
    for (const s of listIndicators()) shown.push(...urlsIn(s.sources));
    for (const id of loadPack().keys()) {
      const t = getIndicator(id);
      shown.push(...urlsIn([t.meta.sourceUrl, t.meta.credit, ...(t.annotations ?? [])]));
      shown.push(...urlsIn(packProvenance(id).lines), ...urlsIn(packProvenance(id, undefined, "en").lines));
      const info = await openSource({} as SourceDeps, { source: "offline", id });
      shown.push(...urlsIn([info.sourceUrl, ...(info.sources ?? []).flatMap((x) => [x.url, x.label])]));
    }
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.filter((u) => !isOfficialUrl(u))).toEqual([]);
  });

  it("SME.INDUSTRIES source column under every basis", () => {
    const shown = ["基本法", "経営強化法", "小規模事業者支援法"].flatMap((b) =>
      industryTable(b)
        .slice(1)
        .flatMap((r) => urlsIn([String(r[9])])),
    );
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.filter((u) => !isOfficialUrl(u))).toEqual([]);
  });
});
