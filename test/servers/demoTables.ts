// The e-Stat tables `npm run playground` offers to try. The start-up banner (scripts/start.ts) prints
// this list and the browser test test/e2e/demoTables.test.ts opens every entry, so the two cannot drift.
import { startEstatFake, type EstatFake, type EstatFakeOptions } from "./estatFake";

export interface DemoTable {
  id: string;
  /** A word e-Stat search finds the table by (in its statistics name or title). */
  searchWord: string;
  /** What the table is, for the banner. */
  about: string;
}

export const DEMO_ESTAT_TABLES: readonly DemoTable[] = [
  { id: "0003425893", searchWord: "賃金構造", about: "賃金構造基本統計調査 (recorded real reply)" },
  { id: "0003005798", searchWord: "労働力調査", about: "労働力調査 2024年1月 (recorded real reply)" },
  {
    id: "0000100000",
    searchWord: "生成データ",
    about: "generated 100,000-row table (load, progress, cancel)",
  },
];

/** The fake e-Stat with every demo table: the recorded ones are built in, the generated one is added here. */
export async function startDemoEstat(options: EstatFakeOptions = {}): Promise<EstatFake> {
  const server = await startEstatFake(options);
  server.setTable("0000100000", {
    rows: 100_000,
    title: "生成データ（10万行） / Generated table (100,000 rows)",
  });
  return server;
}

/** The banner's lines about the demo tables. */
export function demoBannerLines(): string[] {
  return DEMO_ESTAT_TABLES.map(
    (t) => `    ${t.id}  ${t.about}; search 「${t.searchWord}」 or paste the id / 検索語または ID を貼り付け`,
  );
}
