// Per-round spot checks of the rounds encoded for issue 11 (data/programs, see
// docs/research/rounds-2026-12.md): each case names the round explicitly and shows the arithmetic in its
// name, so a changed cap, rate, band or 特例 in a round file fails here with the hand-worked value.
import { computeGoTech, computeGrant } from "../../src/core/subsidy";

type Row = [
  name: string,
  id: string,
  cost: number,
  employees: number,
  industry: string,
  flags: string[],
  grant: number,
];

const man = 10_000; // 1万円

const rows: Row[] = [
  // 省力化 一般型, rounds 1–4 (2025): subsidy up to 1,500万 at the base rate, above it 1/3
  [
    "SHORYOKU-1 中小 60人 6,000万: 1,500万 at 1/2 (cost 3,000万) + 3,000万×1/3 = 2,500万",
    "SHORYOKU-1:一般型",
    6000 * man,
    60,
    "製造業",
    [],
    2500 * man,
  ],
  [
    "SHORYOKU-2 小規模 5人 1,500万: 1,500万×2/3 = 1,000万 → cap 750万",
    "SHORYOKU-2:一般型",
    1500 * man,
    5,
    "製造業",
    [],
    750 * man,
  ],
  [
    "SHORYOKU-3 中小 60人 3,000万: 3,000万×1/2 = 1,500万 (tier not reached)",
    "SHORYOKU-3:一般型",
    3000 * man,
    60,
    "製造業",
    [],
    1500 * man,
  ],
  [
    "SHORYOKU-4 大幅賃上げ特例 raises only the cap: 6,000万 → 2,500万 (cap 6,500万)",
    "SHORYOKU-4:一般型",
    6000 * man,
    60,
    "製造業",
    ["大幅賃上げ特例"],
    2500 * man,
  ],
  [
    "SHORYOKU-4 最低賃金特例: 1,500万 at 2/3 (cost 2,250万) + 3,750万×1/3 = 2,750万",
    "SHORYOKU-4:一般型",
    6000 * man,
    60,
    "製造業",
    ["最低賃金特例"],
    2750 * man,
  ],
  [
    "SHORYOKU-4 101人 3億 + 大幅賃上げ特例: 1,500万 + 2億7,000万×1/3 = 1億500万 → cap 1億",
    "SHORYOKU-4:一般型",
    30000 * man,
    150,
    "製造業",
    ["大幅賃上げ特例"],
    10000 * man,
  ],
  // 省力化 一般型 round 5 (公募要領 2025-12-19): no tier
  [
    "SHORYOKU-5 中小 60人 6,000万: 6,000万×1/2 = 3,000万 (no 1/3 tier)",
    "SHORYOKU-5:一般型",
    6000 * man,
    60,
    "製造業",
    [],
    3000 * man,
  ],
  [
    "SHORYOKU-5 最低賃金特例: 6,000万×2/3 = 4,000万 (cap 5,000万)",
    "SHORYOKU-5:一般型",
    6000 * man,
    60,
    "製造業",
    ["最低賃金特例"],
    4000 * man,
  ],
  [
    "SHORYOKU-5 大幅賃上げ特例 51〜100人 1億5,000万: ×1/2 = 7,500万 → cap 6,500万",
    "SHORYOKU-5:一般型",
    15000 * man,
    80,
    "製造業",
    ["大幅賃上げ特例"],
    6500 * man,
  ],
  // 省力化 カタログ注文型: caps before / after the 2026-03-19 revision
  [
    "SHORYOKU-CAT-1 5人 800万: ×1/2 = 400万 → cap 200万",
    "SHORYOKU-CAT-1:カタログ注文型",
    800 * man,
    5,
    "製造業",
    [],
    200 * man,
  ],
  [
    "SHORYOKU-CAT-2 5人 800万: ×1/2 = 400万 (cap 500万 after the revision)",
    "SHORYOKU-CAT-2:カタログ注文型",
    800 * man,
    5,
    "製造業",
    [],
    400 * man,
  ],
  [
    "SHORYOKU-CAT-1 10人 3,000万 + 大幅賃上げ特例: 1,500万 → cap 750万",
    "SHORYOKU-CAT-1:カタログ注文型",
    3000 * man,
    10,
    "製造業",
    ["大幅賃上げ特例"],
    750 * man,
  ],
  [
    "SHORYOKU-CAT-2 10人 3,000万 + 大幅賃上げ特例: 1,500万 → cap 1,000万",
    "SHORYOKU-CAT-2:カタログ注文型",
    3000 * man,
    10,
    "製造業",
    ["大幅賃上げ特例"],
    1000 * man,
  ],
  [
    "SHORYOKU-CAT-2 30人 3,000万: 1,500万 → cap 1,000万 (21人以上 unchanged)",
    "SHORYOKU-CAT-2:カタログ注文型",
    3000 * man,
    30,
    "製造業",
    [],
    1000 * man,
  ],
  // ものづくり 20–23
  [
    "MONO-20 小規模 5人 900万: ×2/3 = 600万 (cap 750万)",
    "MONO-20:高付加価値化枠",
    900 * man,
    5,
    "製造業",
    [],
    600 * man,
  ],
  [
    "MONO-21 中小 30人 4,000万: ×1/2 = 2,000万 → cap 1,500万",
    "MONO-21:高付加価値化枠",
    4000 * man,
    30,
    "製造業",
    [],
    1500 * man,
  ],
  [
    "MONO-22 中小 30人 4,000万 + 大幅賃上げ特例: 2,000万 (cap 2,500万)",
    "MONO-22:高付加価値化枠",
    4000 * man,
    30,
    "製造業",
    ["大幅賃上げ特例"],
    2000 * man,
  ],
  [
    "MONO-23 グローバル枠 再生事業者 30人 4,000万: ×1/2 = 2,000万 (再生 is not 2/3 here)",
    "MONO-23:グローバル枠",
    4000 * man,
    30,
    "製造業",
    ["再生事業者"],
    2000 * man,
  ],
  [
    "MONO-23 最低賃金特例 30人 1,500万: ×2/3 = 1,000万",
    "MONO-23:高付加価値化枠",
    1500 * man,
    30,
    "製造業",
    ["最低賃金特例"],
    1000 * man,
  ],
  // 持続化 一般型 通常枠 17–20, 創業型
  [
    "JIZOKU-17 小売業 3人 90万: ×2/3 = 60万 → cap 50万",
    "JIZOKU-17:通常枠",
    90 * man,
    3,
    "小売業",
    [],
    50 * man,
  ],
  [
    "JIZOKU-18 賃金引上げ特例 赤字 200万: ×3/4 = 150万 (cap 200万)",
    "JIZOKU-18:通常枠",
    200 * man,
    3,
    "小売業",
    ["賃金引上げ特例", "赤字"],
    150 * man,
  ],
  [
    "JIZOKU-19 all 特例 赤字 400万: ×3/4 = 300万 → cap 50+50+150 = 250万",
    "JIZOKU-19:通常枠",
    400 * man,
    3,
    "小売業",
    ["インボイス特例", "賃金引上げ特例", "赤字"],
    250 * man,
  ],
  [
    "JIZOKU-20 小売業 3人 90万: ×2/3 = 60万 → cap 50万 (round-19 figures, assumption)",
    "JIZOKU-20:通常枠",
    90 * man,
    3,
    "小売業",
    [],
    50 * man,
  ],
  [
    "JIZOKU-SOGYO-3 小売業 3人 400万: ×2/3 = 266万6,666 → cap 200万",
    "JIZOKU-SOGYO-3:創業型",
    400 * man,
    3,
    "小売業",
    [],
    200 * man,
  ],
  [
    "JIZOKU-SOGYO-1 インボイス特例 300万: ×2/3 = 200万 (cap 250万)",
    "JIZOKU-SOGYO-1:創業型",
    300 * man,
    3,
    "小売業",
    ["インボイス特例"],
    200 * man,
  ],
  // 2026 rounds added in session 3 (docs/research/rounds-2026-12.md)
  [
    "SHINMONO-1 革新的新製品・サービス枠 中小 30人 1,800万: ×1/2 = 900万 (cap 1,500万)",
    "SHINMONO-1:革新的新製品・サービス枠",
    1800 * man,
    30,
    "製造業",
    [],
    900 * man,
  ],
  [
    "SHINMONO-1 革新的新製品・サービス枠 最低賃金特例 30人 1,800万: ×2/3 = 1,200万",
    "SHINMONO-1:革新的新製品・サービス枠",
    1800 * man,
    30,
    "製造業",
    ["最低賃金特例"],
    1200 * man,
  ],
  [
    "SHINMONO-1 革新的新製品・サービス枠 大幅賃上げ特例 60人 8,000万: ×1/2 = 4,000万 → raised cap 3,500万",
    "SHINMONO-1:革新的新製品・サービス枠",
    8000 * man,
    60,
    "製造業",
    ["大幅賃上げ特例"],
    3500 * man,
  ],
  [
    "SHINMONO-1 新事業進出枠 15人 6,000万: ×1/2 = 3,000万 → cap 2,500万 (20人以下)",
    "SHINMONO-1:新事業進出枠",
    6000 * man,
    15,
    "製造業",
    [],
    2500 * man,
  ],
  [
    "SHINMONO-1 新事業進出枠 大幅賃上げ特例 120人 2億: ×1/2 = 1億 → raised cap 9,000万",
    "SHINMONO-1:新事業進出枠",
    20000 * man,
    120,
    "製造業",
    ["大幅賃上げ特例"],
    9000 * man,
  ],
  [
    "SHINMONO-1 新事業進出枠 1,000万: ×1/2 = 500万 < 補助下限 750万 → 0",
    "SHINMONO-1:新事業進出枠",
    1000 * man,
    15,
    "製造業",
    [],
    0,
  ],
  [
    "SHINMONO-1 グローバル枠 60人 3,000万: ×2/3 = 2,000万 (cap 5,500万)",
    "SHINMONO-1:グローバル枠",
    3000 * man,
    60,
    "製造業",
    [],
    2000 * man,
  ],
  [
    "SHORYOKU-8 中小 60人 6,000万: ×1/2 = 3,000万, no 1/3 tier since round 5 (cap 5,000万)",
    "SHORYOKU-8:一般型",
    6000 * man,
    60,
    "製造業",
    [],
    3000 * man,
  ],
  [
    "SHORYOKU-8 大幅賃上げ特例 150人 2億4,000万: ×1/2 = 1億2,000万 → raised cap 1億",
    "SHORYOKU-8:一般型",
    24000 * man,
    150,
    "製造業",
    ["大幅賃上げ特例"],
    10000 * man,
  ],
  [
    "JIZOKU-20 小売業 3人 インボイス特例+賃金引上げ特例 400万: ×2/3 = 266万6,666 → cap 50+50+150 = 250万",
    "JIZOKU-20:通常枠",
    400 * man,
    3,
    "小売業",
    ["インボイス特例", "賃金引上げ特例"],
    250 * man,
  ],
  [
    "JIZOKU-20 小売業 3人 賃金引上げ特例・赤字 240万: ×3/4 = 180万 (cap 200万)",
    "JIZOKU-20:通常枠",
    240 * man,
    3,
    "小売業",
    ["賃金引上げ特例", "赤字"],
    180 * man,
  ],
  [
    "MONO-22 最低賃金特例 (its own rate rule now) 30人 1,800万: ×2/3 = 1,200万 (cap 1,500万)",
    "MONO-22:高付加価値化枠",
    1800 * man,
    30,
    "製造業",
    ["最低賃金特例"],
    1200 * man,
  ],
];

describe("round spot checks (SME.GRANT engine)", () => {
  it.each(rows)("%s", (_name, id, eligibleCost, employees, industry, flags, grant) => {
    const r = computeGrant(id, { eligibleCost, employees, industry, flags });
    expect(r.grant).toBe(grant);
  });
});

describe("Go-Tech R8", () => {
  const sme = (costs: number[]) => [{ type: "中小企業者等", costs, taxableIncome: null }];

  it("大型研究開発枠 3年, 1億8,000万/年 at 2/3 = 1億2,000万 → per-year cap 1億 ×3 = 3億 (3-year cap 3億)", () => {
    const r = computeGoTech({
      frame: "大型研究開発枠",
      round: "R8",
      participants: sme([18000 * man, 18000 * man, 18000 * man]),
    });
    expect(r.byYear).toEqual([10000 * man, 10000 * man, 10000 * man]);
    expect(r.total).toBe(30000 * man);
  });

  it("大型研究開発枠 2年, 1億5,000万/年 at 2/3 = 1億 each → 2-year cap 2億", () => {
    const r = computeGoTech({
      frame: "大型研究開発枠",
      round: "R8",
      participants: sme([15000 * man, 15000 * man]),
    });
    expect(r.total).toBe(20000 * man);
  });

  it("通常枠 3年, 6,000万/5,000万/4,000万 at 2/3 = 4,000万/3,333万3,333/2,666万6,666 → 3-year cap 9,750万", () => {
    const r = computeGoTech({
      frame: "通常枠",
      round: "R8",
      participants: sme([6000 * man, 5000 * man, 4000 * man]),
    });
    expect(r.total).toBe(9750 * man);
  });

  it("has no 出資獲得枠 (replaced by 大型研究開発枠 in R8)", () => {
    expect(() =>
      computeGoTech({ frame: "出資獲得枠", round: "R8", participants: sme([1000 * man, 1000 * man]) }),
    ).toThrow();
  });
});
