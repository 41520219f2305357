// Users see a programme file's sources as official citations; the pages we actually read (consultants,
// blogs, forums, GitHub copies) may appear only under `checkedIn`. This scans every string of every
// data/programs file — titles, sections, notes, $comment — for a URL or a bare host name and fails on
// a non-official one anywhere else, so a consultant's page cannot slip back into what users see.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isOfficialUrl } from "../../src/core/subsidy/statuses";

const DIR = join(__dirname, "../../data/programs");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

// A URL, or a bare host such as alive-business.com / tora-no-maki.com / user.github.io.
const HOST =
  /\b(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|info|biz|site|pro|io|jp|work|online|app|dev))\b/gi;

/** Every string in a JSON value with its path, skipping the `checkedIn` map at the top level. */
function* strings(value: unknown, path: string): Generator<{ path: string; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (path === "" && k === "checkedIn") continue;
      yield* strings(v, path ? `${path}.${k}` : k);
    }
}

export function nonOfficialHosts(data: unknown): string[] {
  const found: string[] = [];
  for (const { path, text } of strings(data, "")) {
    for (const m of text.matchAll(HOST)) {
      const host = m[1].toLowerCase();
      if (!isOfficialUrl(`https://${host}/`)) found.push(`${path}: ${host}`);
    }
  }
  return found;
}

describe("data/programs names only official hosts outside checkedIn", () => {
  it.each(files)("%s", (name) => {
    const data = JSON.parse(readFileSync(join(DIR, name), "utf8"));
    expect(nonOfficialHosts(data)).toEqual([]);
  });

  it("has programme files to scan", () => {
    expect(files.length).toBeGreaterThan(10);
  });
});

describe("the scan itself", () => {
  const clean = {
    documents: { G: { publisher: "中小企業庁", title: "公募要領", url: "https://www.chusho.meti.go.jp/x" } },
    checkedIn: { C: { title: "解説", url: "https://alive-business.com/eye/1.html", kind: "secondary" } },
  };

  it("accepts consultants' pages inside checkedIn", () => {
    expect(nonOfficialHosts(clean)).toEqual([]);
  });

  it("accepts the 商工会地区 持続化補助金 事務局 (全国商工会連合会, jizokukanb.com) but not a look-alike host", () => {
    const doc = (url: string) => ({ documents: { G: { url } } });
    expect(nonOfficialHosts(doc("https://official.jizokukanb.com/shinsei"))).toEqual([]);
    expect(nonOfficialHosts(doc("https://www.jizokukanb.com/jizokuka_r6h/"))).toEqual([]);
    expect(nonOfficialHosts(doc("https://jizokukanb.com.example.net/"))).toEqual([
      "documents.G.url: jizokukanb.com.example.net",
    ]);
    expect(nonOfficialHosts(doc("https://fake-jizokukanb.com/"))).toEqual([
      "documents.G.url: fake-jizokukanb.com",
    ]);
  });

  it.each([
    [
      "a document URL",
      { documents: { G: { url: "https://tora-no-maki.com/hojokin/1537/" } } },
      "documents.G.url: tora-no-maki.com",
    ],
    [
      "a bare host in a section",
      { frames: [{ cap: { source: { section: "alive-business.com quoting the 公募要領" } } }] },
      "frames[0].cap.source.section: alive-business.com",
    ],
    [
      "a GitHub copy in a note",
      { $comment: "see https://raw.githubusercontent.com/x/y/main/koubo.txt" },
      "$comment: raw.githubusercontent.com",
    ],
    [
      "a blog in a title",
      { documents: { G: { title: "sr310.blogspot.com の記事" } } },
      "documents.G.title: sr310.blogspot.com",
    ],
    [
      "a forum",
      { notices: [{ messageJa: "detail.chiebukuro.yahoo.co.jp で確認" }] },
      "notices[0].messageJa: detail.chiebukuro.yahoo.co.jp",
    ],
    [
      "checkedIn below the top level",
      { frames: [{ checkedIn: "https://forup-jp.com/picked-grants/" }] },
      "frames[0].checkedIn: forup-jp.com",
    ],
  ])("rejects %s", (_what, data, expected) => {
    expect(nonOfficialHosts(data)).toEqual([expected]);
  });
});
