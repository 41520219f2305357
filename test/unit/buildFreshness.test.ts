import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDecision, STAMP } from "../../scripts/buildFreshness";

const T0 = new Date("2026-12-07T00:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** A repository with one source file, a built dist/ and each file's time set (minutes after T0). */
function repo(times: { source: number; dist: number; stamp?: number; extra?: [string, number] }) {
  const root = mkdtempSync(join(tmpdir(), "fresh-"));
  const put = (rel: string, minutes: number) => {
    const file = join(root, rel);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, "x");
    utimesSync(file, at(minutes), at(minutes));
  };
  put("src/taskpane/App.tsx", times.source);
  put("dist/playground.html", times.dist);
  put("dist/taskpane.html", times.dist);
  if (times.stamp !== undefined) put(`dist/${STAMP}`, times.stamp);
  if (times.extra) put(...times.extra);
  // directories get the oldest time, so only the files decide
  const resetDirs = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) resetDirs(join(dir, e.name));
    utimesSync(dir, T0, T0);
  };
  resetDirs(root);
  return root;
}

describe("buildDecision (npm run playground / npm start)", () => {
  const made: string[] = [];
  const mk = (t: Parameters<typeof repo>[0]) => {
    const r = repo(t);
    made.push(r);
    return r;
  };
  afterAll(() => made.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it("skips the build when dist/ is newer than every source", () => {
    expect(buildDecision(mk({ source: 1, dist: 5 }), false)).toMatchObject({ build: false });
  });

  it("builds when a source file is newer than dist/", () => {
    expect(buildDecision(mk({ source: 9, dist: 5 }), false)).toMatchObject({
      build: true,
      reason: expect.stringContaining("src"),
    });
  });

  it.each([["data/programs/x.json"], ["scripts/gen.mjs"], ["webpack.config.js"], ["package.json"]])(
    "builds when the build input %s changed",
    (file) => {
      const d = buildDecision(mk({ source: 1, dist: 5, extra: [file, 9] }), false);
      expect(d).toMatchObject({ build: true });
      expect(d.reason).toContain(file.split("/")[0]);
    },
  );

  it("builds when a file was deleted (only its directory's time changed)", () => {
    const root = mk({ source: 1, dist: 5 });
    utimesSync(join(root, "src/taskpane"), at(9), at(9));
    expect(buildDecision(root, false)).toMatchObject({ build: true });
  });

  it("builds when dist/ has no build", () => {
    const root = mk({ source: 1, dist: 5 });
    rmSync(join(root, "dist/playground.html"));
    expect(buildDecision(root, false)).toMatchObject({ build: true });
  });

  it("--build forces a build of an up-to-date dist/", () => {
    expect(buildDecision(mk({ source: 1, dist: 5 }), true)).toMatchObject({ build: true });
  });

  it("trusts the stamp over file times: webpack may leave unchanged outputs with their old times", () => {
    // outputs older than the source, but the last build (stamp) began after the source was saved
    expect(buildDecision(mk({ source: 3, dist: 1, stamp: 4 }), false)).toMatchObject({ build: false });
    // a source saved after the stamp
    expect(buildDecision(mk({ source: 6, dist: 1, stamp: 4 }), false)).toMatchObject({ build: true });
  });
});
