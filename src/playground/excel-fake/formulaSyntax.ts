// What Excel refuses to store as a formula. Excel parses a formula when it is written: the UI answers
// "There's a problem with this formula", and through the API the sync fails with InvalidArgument ("The
// argument is invalid or missing or has an incorrect format", office-js-docs-pr
// docs/testing/application-specific-api-error-handling.md). A Microsoft engineer on
// microsoft/advanced-formula-environment issue 58: that message from a sync is "usually ... caused by some
// syntax error in a formula". We only reject what is certainly malformed in any locale's en-US syntax:
// unbalanced ( ) [ ] { }, an unterminated "string" or 'sheet name', an empty body, or a trailing operator.
// Unknown function names are not syntax errors (Excel stores them and shows #NAME?).

const BINARY_OPERATORS = new Set(["+", "-", "*", "/", "^", "&", "=", "<", ">", ","]);
const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Why Excel would refuse this formula ("=…"), or null when it parses as far as we check. */
export function formulaProblem(formula: string): string | null {
  const body = formula.slice(1);
  if (body.trim() === "") return "the formula is empty";
  const open: string[] = [];
  let last = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || (ch === "'" && open[open.length - 1] !== "[")) {
      // "text" with "" as an escaped quote; 'Sheet name' with '' likewise.
      let j = i + 1;
      for (;;) {
        if (j >= body.length)
          return ch === '"' ? "a text value has no closing quote" : "a sheet name has no closing '";
        if (body[j] === ch) {
          if (body[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      i = j;
      last = ch;
      continue;
    }
    if (ch in CLOSER) open.push(ch);
    else if (ch === ")" || ch === "]" || ch === "}") {
      const top = open.pop();
      if (top === undefined || CLOSER[top] !== ch) return `'${ch}' has no matching opening bracket`;
    }
    if (ch.trim() !== "") last = ch;
  }
  if (open.length > 0) return `'${open[open.length - 1]}' is never closed`;
  if (BINARY_OPERATORS.has(last)) return `the formula ends with '${last}'`;
  return null;
}
