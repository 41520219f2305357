import { createCustomFunctionsShim } from "../customFunctionsRuntime";
import { createFormulaEvaluator, CellReader, FunctionMetadata } from "./evaluateFormula";

const metadata: FunctionMetadata[] = [
  {
    id: "RATIO",
    name: "RATIO",
    parameters: [
      { name: "a", dimensionality: "matrix" },
      { name: "b", dimensionality: "matrix" },
    ],
  },
  { id: "ECHO", name: "ECHO", parameters: [{ name: "x" }, { name: "y", optional: true }] },
  { id: "SLOW", name: "SLOW", parameters: [{ name: "x" }] },
];
const ja: FunctionMetadata[] = [{ ...metadata[0], name: "比率" }];

function setup() {
  const cf = createCustomFunctionsShim();
  const calls: string[] = [];
  cf.associate("RATIO", (a: unknown, b: unknown) =>
    (a as number[][]).map((row, r) =>
      row.map((v, c) => {
        const d = (b as number[][]).length === 1 ? (b as number[][])[0][0] : (b as number[][])[r][c];
        if (d === null) throw new cf.Error("#N/A", "blank");
        return v / d;
      }),
    ),
  );
  cf.associate("ECHO", (x: unknown, y: unknown) => {
    calls.push("ECHO");
    return y === null ? `x=${String(x)}` : `x=${String(x)},y=${String(y)}`;
  });
  cf.associate("SLOW", async (x: unknown) => {
    calls.push("SLOW");
    return Number(x) * 2;
  });
  const evaluate = createFormulaEvaluator({
    namespace: "SME",
    registry: cf.registry,
    metadata: [metadata, ja],
  });
  const cells: Record<string, (number | string)[][]> = { "A1:A3": [[1], [2], [3]], A1: [[10]], B1: [[""]] };
  const read: CellReader = {
    cell: () => 0,
    range: (_s, a1) => cells[a1] ?? [[""]],
  };
  return { evaluate, read, calls };
}

describe("formula evaluator", () => {
  it("calls a function by id and by Japanese name with matrices", () => {
    const { evaluate, read } = setup();
    expect(evaluate("=SME.RATIO(230000, 301000)", { sheet: "S" }, read)).toEqual([[230000 / 301000]]);
    expect(evaluate("=SME.比率(A1:A3, 2)", { sheet: "S" }, read)).toEqual([[0.5], [1], [1.5]]);
  });

  it("passes omitted optionals as null and blank cells as null, like Excel on the web", () => {
    const { evaluate, read } = setup();
    expect(evaluate('=SME.ECHO("a")', { sheet: "S" }, read)).toBe("x=a");
    expect(evaluate("=SME.RATIO(A1, B1)", { sheet: "S" }, read)).toEqual({ error: "#N/A", message: "blank" });
  });

  it("reports unknown names and syntax errors as #NAME?", () => {
    const { evaluate, read } = setup();
    expect(evaluate("=SME.NOPE(1)", { sheet: "S" }, read)).toMatchObject({ error: "#NAME?" });
    expect(evaluate("=SME.RATIO(1,", { sheet: "S" }, read)).toMatchObject({ error: "#NAME?" });
  });

  it("does arithmetic and waits for asynchronous functions", async () => {
    const { evaluate, read } = setup();
    expect(evaluate("=1+2*3-4/2", { sheet: "S" }, read)).toBe(5);
    expect(evaluate('="a"&1', { sheet: "S" }, read)).toBe("a1");
    await expect(evaluate("=SME.SLOW(21)", { sheet: "S" }, read)).resolves.toBe(42);
    // nested inside another call, the asynchronous result cannot stand for the whole formula
    const nestedAsync = {
      error: "#VALUE!",
      message: expect.stringMatching(
        /^非同期の関数は.* \/ asynchronous functions must be the whole formula$/,
      ),
    };
    expect(evaluate("=SME.ECHO(SME.SLOW(21))", { sheet: "S" }, read)).toEqual(nestedAsync);
    expect(evaluate("=1+SME.SLOW(21)", { sheet: "S" }, read)).toEqual(nestedAsync);
  });

  it("evaluates only the branch IF returns: a function in the other branch is never called", () => {
    const { evaluate, read, calls } = setup();
    expect(evaluate('=IF(1>2, SME.ECHO("no"), "yes")', { sheet: "S" }, read)).toBe("yes");
    expect(evaluate("=IF(TRUE, 5, SME.SLOW(21))", { sheet: "S" }, read)).toBe(5);
    expect(calls).toEqual([]);
    expect(evaluate('=IF(2>1, SME.ECHO("yes"), SME.ECHO("no"))', { sheet: "S" }, read)).toBe("x=yes");
    expect(calls).toEqual(["ECHO"]);
  });
});
