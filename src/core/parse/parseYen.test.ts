import { parseYen } from "./parseYen";

const cases: { description: string; input: string; expected: ReturnType<typeof parseYen> }[] = [
  { description: "plain digits with commas", input: "20,000,000", expected: { ok: true, value: 20_000_000 } },
  {
    description: "full-width digits and 万円",
    input: "２０００万円",
    expected: { ok: true, value: 20_000_000 },
  },
  { description: "commas before 万", input: "2,000万円", expected: { ok: true, value: 20_000_000 } },
  { description: "万 without 円", input: "2000万", expected: { ok: true, value: 20_000_000 } },
  { description: "億 and 万", input: "1億2000万円", expected: { ok: true, value: 120_000_000 } },
  { description: "千 inside the 万 group", input: "5千万円", expected: { ok: true, value: 50_000_000 } },
  { description: "億 then 千万", input: "1億5千万円", expected: { ok: true, value: 150_000_000 } },
  { description: "a decimal that lands on whole yen", input: "1.5万", expected: { ok: true, value: 15_000 } },
  { description: "yen sign (full width too)", input: "￥３，５００", expected: { ok: true, value: 3_500 } },
  { description: "ones after 万", input: "1億2000万500", expected: { ok: true, value: 120_000_500 } },
  { description: "a fraction of a yen", input: "1.5", expected: { ok: false, reason: "notWhole" } },
  { description: "negative", input: "-1", expected: { ok: false, reason: "negative" } },
  { description: "accounting minus", input: "△1,000", expected: { ok: false, reason: "negative" } },
  { description: "units out of order", input: "2000万1億", expected: { ok: false, reason: "ambiguous" } },
  {
    description: "a part too big for its place",
    input: "1万20000",
    expected: { ok: false, reason: "ambiguous" },
  },
  {
    description: "decimals before a lower unit",
    input: "1.5億2000万",
    expected: { ok: false, reason: "ambiguous" },
  },
  { description: "a unit twice", input: "1万2万", expected: { ok: false, reason: "ambiguous" } },
  { description: "a unit with no number", input: "万円", expected: { ok: false, reason: "notNumber" } },
  { description: "words", input: "二千万円", expected: { ok: false, reason: "notNumber" } },
];

describe("parseYen", () => {
  it.each(cases)("$description: $input", ({ input, expected }) => {
    expect(parseYen(input)).toEqual(expected);
  });
});
