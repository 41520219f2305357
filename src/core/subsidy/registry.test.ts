import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { programFiles } from "./programFiles";
import { acceptedFlags, parseFlags, resolveCappedProgram, resolveGoTech, resolveProgram } from "./registry";
import { validatePrograms } from "./schema";

const DIR = join(__dirname, "../../../data/programs");
const onDisk = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const load = (name: string) => JSON.parse(readFileSync(join(DIR, name), "utf8"));

describe("programme files", () => {
  it("has one bundled import per file in data/programs", () => {
    expect(programFiles.map((f) => f.name).sort()).toEqual(onDisk.sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(7);
  });

  it("validates every file against the schema and the cross-references", () => {
    const r = validatePrograms(onDisk.map((name) => ({ name, data: load(name) })));
    expect(r.errors).toEqual([]);
    expect(r.programs).toHaveLength(onDisk.length);
  });

  it("gives every rule a source that resolves to a document with a URL, and a status", () => {
    let rules = 0;
    const walk = (v: unknown, docs: Record<string, { url: string }>) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, docs));
      else if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const isRule =
          ["value", "threshold", "from", "flag", "messageJa"].some((k) => k in o) &&
          !("nameEn" in o && !("source" in o));
        if (isRule && !("bands" in o && !("source" in o))) {
          rules++;
          expect(o).toHaveProperty("source");
          expect(["verified", "secondary", "assumption"]).toContain(o.status);
          const src = o.source as { doc: string; section: string };
          expect(docs[src.doc]?.url).toMatch(/^https?:\/\//);
          expect(src.section.length).toBeGreaterThan(0);
        }
        for (const [k, x] of Object.entries(o)) if (k !== "source" && k !== "documents") walk(x, docs);
      }
    };
    for (const name of onDisk) {
      const data = load(name);
      walk(data, data.documents);
    }
    expect(rules).toBeGreaterThan(50);
  });

  it("reports a rule without source, an unknown document, an undeclared flag and a band mismatch", () => {
    const mono = load("monozukuri-19.json");
    delete mono.frames[0].cap.source;
    const jiz = load("jizokuka-18.json");
    jiz.frames[0].rates[0].source.doc = "NOPE";
    jiz.frames[0].rates[0].when.allOf = ["存在しない特例"];
    const sho = load("shoryokuka-ippan.json");
    delete sho.frames[0].cap.byBand["101人以上"];
    const r = validatePrograms([
      { name: "m.json", data: mono },
      { name: "j.json", data: jiz },
      { name: "s.json", data: sho },
    ]);
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toMatch(/m\.json: frames\.0\.cap\.source/);
    expect(r.errors.join("\n")).toMatch(/j\.json: .*"NOPE" is not in documents/);
    expect(r.errors.join("\n")).toMatch(/j\.json: .*"存在しない特例" not declared/);
    expect(r.errors.join("\n")).toMatch(/s\.json: .*byBand keys/);
  });

  it("refuses the same CODE:frame in two files and a rate above 10/10", () => {
    const a = load("jizokuka-18.json");
    const b = load("jizokuka-18.json");
    b.frames[0].rates[1].value = [4, 3];
    const r = validatePrograms([
      { name: "a.json", data: a },
      { name: "b.json", data: load("jizokuka-18.json") },
      { name: "c.json", data: b },
    ]);
    expect(r.errors.some((e) => e.includes("JIZOKU-18:通常枠 is also defined in a.json"))).toBe(true);
    expect(r.errors.some((e) => e.startsWith("c.json") && e.includes("at most 1"))).toBe(true);
  });

  it("accepts a new round as a new file only: a copy with a new code and order validates", () => {
    const next = load("jizokuka-18.json");
    next.code = "JIZOKU-19";
    next.round = { label: "第19回", order: 19, aliases: ["19"] };
    const r = validatePrograms([
      ...onDisk.map((name) => ({ name, data: load(name) })),
      { name: "jizokuka-19.json", data: next },
    ]);
    expect(r.errors).toEqual([]);
  });
});

describe("programme ids", () => {
  it.each([
    ["MONO-19:高付加価値化枠", "MONO-19:高付加価値化枠"],
    ["ｍｏｎｏ－19：高付加価値化枠", "MONO-19:高付加価値化枠"],
    ["ものづくり補助金 第19次 製品・サービス高付加価値化枠", "MONO-19:高付加価値化枠"],
    ["MONO:グローバル枠", "MONO-19:グローバル枠"],
    ["JIZOKU-18:通常枠", "JIZOKU-18:通常枠"],
    ["JIZOKU:通常枠", "JIZOKU-18:通常枠"],
    ["小規模事業者持続化補助金（一般型）通常枠 第17回", "JIZOKU-17:通常枠"],
    ["持続化補助金", "JIZOKU-18:通常枠"],
    ["SHORYOKU:一般型", "SHORYOKU-2025:一般型"],
    ["SHORYOKU:カタログ注文型", "SHORYOKU-2025:カタログ注文型"],
    ["中小企業省力化投資補助金 カタログ注文型", "SHORYOKU-2025:カタログ注文型"],
    ["GOTECH:通常枠", "GOTECH-R7:通常枠"],
  ])("resolves %s to %s", (text, id) => {
    expect(resolveProgram(text).id).toBe(id);
  });

  it("names the closest id for an unknown programme", () => {
    expect(() => resolveProgram("MONO-19:高付加価値枠")).toThrow(
      expect.objectContaining({
        code: "PROGRAM_UNKNOWN",
        params: expect.objectContaining({ closest: "MONO-19:高付加価値化枠" }),
      }),
    );
    expect(() => resolveProgram("JIZOKU-18:通常枠 第18")).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ closest: "JIZOKU-18:通常枠" }) }),
    );
  });

  it("asks for the frame when a name fits several, and sends Go-Tech to SME.GOTECH", () => {
    expect(() => resolveProgram("省力化投資補助金")).toThrow(
      expect.objectContaining({ code: "PROGRAM_AMBIGUOUS" }),
    );
    expect(() => resolveCappedProgram("GOTECH-R6:通常枠")).toThrow(
      expect.objectContaining({ code: "PROGRAM_NEEDS_GOTECH" }),
    );
  });

  it("picks the Go-Tech round by name and defaults to the newest", () => {
    expect(resolveGoTech("通常枠").program.code).toBe("GOTECH-R7");
    expect(resolveGoTech("出資獲得枠", "R6").program.code).toBe("GOTECH-R6");
    expect(resolveGoTech("通常枠", "令和6年度").program.code).toBe("GOTECH-R6");
    expect(() => resolveGoTech("通常枠", "R9")).toThrow(expect.objectContaining({ code: "ROUND_UNKNOWN" }));
    expect(() => resolveGoTech("大型研究開発枠")).toThrow(
      expect.objectContaining({
        code: "FRAME_UNKNOWN",
        params: expect.objectContaining({ accepted: "通常枠, 出資獲得枠" }),
      }),
    );
  });
});

describe("flags", () => {
  it("accepts the seven flags of the issue", () => {
    expect([...acceptedFlags()].sort()).toEqual(
      [
        "小規模",
        "再生事業者",
        "大幅賃上げ特例",
        "最低賃金特例",
        "インボイス特例",
        "賃金引上げ特例",
        "赤字",
      ].sort(),
    );
  });

  it("splits by , 、 and ranges, maps aliases and drops repeats", () => {
    expect(parseFlags(["インボイス特例、賃金引上げ特例", "赤字事業者, インボイス", ""])).toEqual([
      "インボイス特例",
      "賃金引上げ特例",
      "赤字",
    ]);
  });

  it("lists the accepted flags for an unknown one", () => {
    expect(() => parseFlags(["創業特例"])).toThrow(
      expect.objectContaining({
        code: "FLAG_UNKNOWN",
        params: expect.objectContaining({ value: "創業特例", accepted: expect.stringContaining("赤字") }),
      }),
    );
  });
});
