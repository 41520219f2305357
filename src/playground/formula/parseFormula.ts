/**
 * A small parser for the formulas the playground evaluates: literals, cell and range
 * references (A1, $B$2, Sheet1!A1:C3, 'My sheet'!A1), function calls with dotted and
 * Japanese names (SME.LABORSHARE, SME.労働分配率), unary minus, + - * / ^ and & .
 * Excel's full grammar is not the goal; a clear #NAME?/#VALUE! for what it does not know is.
 */
export type Expr =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "ref"; sheet?: string; a1: string }
  | { kind: "call"; name: string; args: (Expr | null)[] }
  | { kind: "unary"; op: "-" | "+"; arg: Expr }
  | { kind: "binary"; op: "+" | "-" | "*" | "/" | "^" | "&"; left: Expr; right: Expr }
  | { kind: "compare"; op: "=" | "<>" | "<" | ">" | "<=" | ">="; left: Expr; right: Expr };

export class FormulaSyntaxError extends Error {}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
const REF_RE = new RegExp(
  String.raw`^(?:('(?:[^']|'')+'|[A-Za-z0-9_\u3000-\u9fff\uff00-\uffef]+)!)?(${CELL}(?::${CELL})?)`,
);
const NAME_RE = /^[\p{L}_][\p{L}\p{N}._]*/u;

export function parseFormula(text: string): Expr {
  const src = text.startsWith("=") ? text.slice(1) : text;
  let pos = 0;
  const ws = () => {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
  };
  const peek = () => (ws(), src[pos]);
  const expect = (c: string) => {
    if (peek() !== c) throw new FormulaSyntaxError(`expected '${c}' at ${pos}`);
    pos++;
  };

  function primary(): Expr {
    const c = peek();
    if (c === undefined) throw new FormulaSyntaxError("unexpected end of formula");
    if (c === "(") {
      pos++;
      const e = compare();
      expect(")");
      return e;
    }
    if (c === '"') {
      let s = "";
      pos++;
      for (;;) {
        if (pos >= src.length) throw new FormulaSyntaxError("unterminated string");
        if (src[pos] === '"') {
          if (src[pos + 1] === '"') {
            s += '"';
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        s += src[pos++];
      }
      return { kind: "string", value: s };
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(pos));
    if (num) {
      pos += num[0].length;
      return { kind: "number", value: Number(num[0]) };
    }
    const rest = src.slice(pos);
    const name = NAME_RE.exec(rest);
    // A name followed by "(" is a call, even if it looks like a cell (LOG10( …).
    if (name && src[pos + name[0].length] === "(") {
      pos += name[0].length + 1;
      const args: (Expr | null)[] = [];
      if (peek() === ")") {
        pos++;
        return { kind: "call", name: name[0], args };
      }
      for (;;) {
        const c2 = peek();
        args.push(c2 === "," || c2 === ")" ? null : compare());
        const sep = peek();
        pos++;
        if (sep === ")") break;
        if (sep !== ",") throw new FormulaSyntaxError(`expected ',' or ')' at ${pos - 1}`);
      }
      return { kind: "call", name: name[0], args };
    }
    const ref = REF_RE.exec(rest);
    if (ref && !/[\p{L}\p{N}_.(]/u.test(rest[ref[0].length] ?? "")) {
      pos += ref[0].length;
      const sheet = ref[1]?.startsWith("'") ? ref[1].slice(1, -1).replace(/''/g, "'") : ref[1];
      return { kind: "ref", sheet, a1: ref[2].replace(/\$/g, "").toUpperCase() };
    }
    if (name && /^(TRUE|FALSE)$/i.test(name[0])) {
      pos += name[0].length;
      return { kind: "boolean", value: name[0].toUpperCase() === "TRUE" };
    }
    throw new FormulaSyntaxError(`unexpected '${c}' at ${pos}`);
  }
  function unary(): Expr {
    const c = peek();
    if (c === "-" || c === "+") {
      pos++;
      return { kind: "unary", op: c, arg: unary() };
    }
    return primary();
  }
  function power(): Expr {
    let left = unary();
    while (peek() === "^") {
      pos++;
      left = { kind: "binary", op: "^", left, right: unary() };
    }
    return left;
  }
  function term(): Expr {
    let left = power();
    for (let c = peek(); c === "*" || c === "/"; c = peek()) {
      pos++;
      left = { kind: "binary", op: c, left, right: power() };
    }
    return left;
  }
  function sum(): Expr {
    let left = term();
    for (let c = peek(); c === "+" || c === "-"; c = peek()) {
      pos++;
      left = { kind: "binary", op: c, left, right: term() };
    }
    return left;
  }
  function concat(): Expr {
    let left = sum();
    while (peek() === "&") {
      pos++;
      left = { kind: "binary", op: "&", left, right: sum() };
    }
    return left;
  }
  // Comparison binds loosest (Microsoft, "Calculation operators and precedence in Excel").
  function compare(): Expr {
    let left = concat();
    for (;;) {
      const m = (ws(), /^(<>|<=|>=|=|<|>)/.exec(src.slice(pos)));
      if (!m) return left;
      pos += m[1].length;
      left = { kind: "compare", op: m[1] as "=", left, right: concat() };
    }
  }
  const e = compare();
  if (peek() !== undefined) throw new FormulaSyntaxError(`unexpected '${src[pos]}' at ${pos}`);
  return e;
}
