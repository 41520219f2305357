import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { programFiles } from "./programFiles";
import { acceptedFlags, parseFlags, resolveCappedProgram, resolveGoTech, resolveProgram } from "./registry";
import { isOfficialUrl, STATUSES } from "./statuses";
import { validatePrograms } from "./validatePrograms";

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

  it("gives every rule a source that names an official document (publisher, title, URL), a status and its evidence", () => {
    let rules = 0;
    const walk = (
      v: unknown,
      docs: Record<string, { url: string; publisher: string }>,
      seen: Record<string, unknown>,
    ) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, docs, seen));
      else if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const isRule =
          ["value", "threshold", "from", "flag", "messageJa", "flags"].some((k) => k in o) &&
          !("nameEn" in o && !("source" in o));
        if (isRule && !("bands" in o && !("source" in o))) {
          rules++;
          expect(o).toHaveProperty("source");
          expect(STATUSES).toContain(o.status);
          const src = o.source as { doc: string; section: string; checkedIn?: string[] };
          expect(docs[src.doc]?.url).toMatch(/^https?:\/\//);
          expect(isOfficialUrl(docs[src.doc].url)).toBe(true);
          expect(docs[src.doc].publisher.length).toBeGreaterThan(0);
          expect(src.section.length).toBeGreaterThan(0);
          for (const c of src.checkedIn ?? []) expect(seen).toHaveProperty([c]);
        }
        for (const [k, x] of Object.entries(o))
          if (k !== "source" && k !== "documents" && k !== "checkedIn") walk(x, docs, seen);
      }
    };
    for (const name of onDisk) {
      const data = load(name);
      expect(data.schemaVersion).toBe(2);
      expect(data.documents).toHaveProperty([data.round.guideline]);
      walk(data, data.documents, data.checkedIn);
    }
    expect(rules).toBeGreaterThan(50);
  });

  it("keeps consultants' pages out of documents and asks a verified rule for its quote and official text", () => {
    const sho = load("shoryokuka-ippan-4.json");
    sho.documents["SHO-X"] = {
      publisher: "行政書士",
      title: "解説",
      url: "https://gyosei-fujiwara.com/?p=718",
    };
    sho.frames[0].cap.status = "verified";
    const mono = load("monozukuri-19.json");
    mono.frames[0].cap.source.checkedIn = ["NOPE"];
    mono.frames[0].cap.status = "official-summary";
    mono.round.guideline = "MISSING";
    const r = validatePrograms([
      { name: "s.json", data: sho },
      { name: "m.json", data: mono },
    ]);
    const text = r.errors.join("\n");
    expect(text).toMatch(/s\.json: .*documents\.SHO-X is not an official host/);
    expect(text).toMatch(/s\.json: .*cap: status verified needs source\.quote/);
    expect(text).toMatch(/s\.json: .*cap: status verified needs a checkedIn page of kind official-text/);
    expect(text).toMatch(/m\.json: .*"NOPE" is not in checkedIn/);
    expect(text).toMatch(/m\.json: .*cap: status official-summary needs a checkedIn page/);
    expect(text).toMatch(/m\.json: .*round\.guideline "MISSING" is not in documents/);
  });

  it("checks the 公募期間: times in HH:MM, a deadline after the start, a time only with its date", () => {
    const jiz = load("jizokuka-18.json");
    jiz.applicationPeriod = {
      ...jiz.applicationPeriod,
      from: "2026-12-15",
      to: "2026-11-05",
      toTime: "17:00",
    };
    const jiz2 = load("jizokuka-17.json");
    jiz2.applicationPeriod = { ...jiz2.applicationPeriod, to: null, toTime: "25:00" };
    const r = validatePrograms([
      { name: "a.json", data: jiz },
      { name: "b.json", data: jiz2 },
    ]);
    const text = r.errors.join("\n");
    expect(text).toMatch(/a\.json: .*applicationPeriod ends before it starts/);
    expect(text).toMatch(/b\.json: applicationPeriod\.toTime: a time is HH:MM/);
  });

  it("reports a rule without source, an unknown document, an undeclared flag and a band mismatch", () => {
    const mono = load("monozukuri-19.json");
    delete mono.frames[0].cap.source;
    const jiz = load("jizokuka-18.json");
    jiz.frames[0].rates[0].source.doc = "NOPE";
    jiz.frames[0].rates[0].when.allOf = ["存在しない特例"];
    const sho = load("shoryokuka-ippan-4.json");
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

  it("accepts a new round as a new file only: a copy with a new code and round number validates", () => {
    const next = load("jizokuka-19.json");
    next.code = "JIZOKU-21";
    next.round = { label: "第21回", number: 21, aliases: ["21"], guideline: "JIZ-19-GUIDELINE" };
    const r = validatePrograms([
      ...onDisk.map((name) => ({ name, data: load(name) })),
      { name: "jizokuka-21.json", data: next },
    ]);
    expect(r.errors).toEqual([]);
  });
});

describe("programme ids", () => {
  it.each([
    ["MONO-19:高付加価値化枠", "MONO-19:高付加価値化枠"],
    ["ｍｏｎｏ－19：高付加価値化枠", "MONO-19:高付加価値化枠"],
    ["ものづくり補助金 第19次 製品・サービス高付加価値化枠", "MONO-19:高付加価値化枠"],
    ["MONO:グローバル枠", "MONO-23:グローバル枠"],
    ["MONO-22:高付加価値化枠", "MONO-22:高付加価値化枠"],
    ["JIZOKU-18:通常枠", "JIZOKU-18:通常枠"],
    ["JIZOKU:通常枠", "JIZOKU-20:通常枠"],
    ["JIZOKU:創業型", "JIZOKU-SOGYO-4:創業型"],
    ["小規模事業者持続化補助金（一般型）通常枠 第17回", "JIZOKU-17:通常枠"],
    ["持続化補助金", "JIZOKU-20:通常枠"],
    ["SHORYOKU:一般型", "SHORYOKU-8:一般型"],
    ["SHORYOKU-8:一般型", "SHORYOKU-8:一般型"],
    ["中小企業省力化投資補助金 一般型 第6回", "SHORYOKU-6:一般型"],
    ["SHINMONO:グローバル枠", "SHINMONO-1:グローバル枠"],
    ["新事業進出・ものづくり補助金:革新的新製品・サービス枠", "SHINMONO-1:革新的新製品・サービス枠"],
    ["新事業進出・ものづくり商業サービス補助金 第1回 新事業進出枠", "SHINMONO-1:新事業進出枠"],
    ["SHORYOKU-5:一般型", "SHORYOKU-5:一般型"],
    ["SHORYOKU-4:一般型", "SHORYOKU-4:一般型"],
    ["SHORYOKU-2025:一般型", "SHORYOKU-4:一般型"],
    ["SHORYOKU-2025:カタログ注文型", "SHORYOKU-CAT-1:カタログ注文型"],
    ["SHORYOKU:カタログ注文型", "SHORYOKU-CAT-2:カタログ注文型"],
    ["中小企業省力化投資補助金 カタログ注文型", "SHORYOKU-CAT-2:カタログ注文型"],
    ["GOTECH:通常枠", "GOTECH-R8:通常枠"],
    ["GOTECH-R8:大型研究開発枠", "GOTECH-R8:大型研究開発枠"],
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
    expect(resolveGoTech("通常枠").program.code).toBe("GOTECH-R8");
    expect(resolveGoTech("大型研究開発枠").program.code).toBe("GOTECH-R8");
    expect(resolveGoTech("出資獲得枠", "R6").program.code).toBe("GOTECH-R6");
    expect(resolveGoTech("通常枠", "令和6年度").program.code).toBe("GOTECH-R6");
    expect(() => resolveGoTech("通常枠", "R9")).toThrow(expect.objectContaining({ code: "ROUND_UNKNOWN" }));
    expect(() => resolveGoTech("大型研究開発枠", "R7")).toThrow(
      expect.objectContaining({
        code: "FRAME_UNKNOWN",
        params: expect.objectContaining({ accepted: "通常枠, 出資獲得枠" }),
      }),
    );
    expect(() => resolveGoTech("出資獲得枠", "R8")).toThrow(
      expect.objectContaining({
        code: "FRAME_UNKNOWN",
        params: expect.objectContaining({ accepted: "通常枠, 大型研究開発枠" }),
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
