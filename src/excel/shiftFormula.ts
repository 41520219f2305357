// Moving a formula down or up by n rows the way Excel's fill does: relative row numbers in A1 references
// change, $-anchored rows, text in quotes and structured references ([@値]) do not.

const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** The formula as Excel would write it `delta` rows lower (negative: higher). Returns null for a #REF!. */
export function shiftFormulaRows(formula: string, delta: number): string | null {
  if (delta === 0) return formula;
  let broken = false;
  // Split on string literals ("..." with "" as an escaped quote) and structured references, shifting
  // only the parts outside them.
  const parts = formula.split(/("(?:[^"]|"")*"|\[[^\]]*\])/);
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    return part.replace(
      REF,
      (whole, lead: string, colAbs: string, col: string, rowAbs: string, row: string) => {
        if (rowAbs === "$") return whole;
        const next = Number(row) + delta;
        if (next < 1 || next > 1_048_576) {
          broken = true;
          return whole;
        }
        return `${lead}${colAbs}${col}${rowAbs}${next}`;
      },
    );
  });
  return broken ? null : out.join("");
}
