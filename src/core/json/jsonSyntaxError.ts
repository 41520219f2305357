// Where a JSON text first breaks the grammar (RFC 8259), as a 1-based line and column, so a message can
// point at the spot without quoting the text: V8's JSON.parse messages quote part of the input, which may
// hold a secret (an appId in config.json) and never name the file.

export interface JsonErrorPosition {
  /** 0-based offset of the first character that does not fit the grammar (text.length at a premature end). */
  offset: number;
  /** 1-based line (LF, CRLF and CR end a line). */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/** The position of the first syntax error in `text`, or undefined when it is valid JSON. Iterative (deep nesting is fine). */
export function jsonSyntaxError(text: string): JsonErrorPosition | undefined {
  const at = firstErrorOffset(text);
  return at === undefined ? undefined : { offset: at, ...lineColumn(text, at) };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function firstErrorOffset(s: string): number | undefined {
  let i = 0;
  const n = s.length;
  const skipWs = () => {
    while (i < n && WS.has(s.charCodeAt(i))) i++;
  };
  // Returns false (leaving i at the bad character) when the literal/number/string is malformed.
  const scalar = (): boolean => {
    const c = s[i];
    if (c === '"') {
      i++;
      while (i < n) {
        const ch = s.charCodeAt(i);
        if (ch === 0x22) {
          i++;
          return true;
        }
        if (ch < 0x20) return false;
        if (ch === 0x5c) {
          const e = s[i + 1];
          if (e === "u") {
            if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
              i += 2;
              return false;
            }
            i += 6;
          } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
          else {
            i++;
            return false;
          }
        } else i++;
      }
      return false;
    }
    for (const lit of ["true", "false", "null"]) {
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return true;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (m && m[0] !== "" && m[0] !== "-") {
      i += m[0].length;
      return true;
    }
    return false;
  };
  // Stack of open containers: "{" or "[".
  const stack: string[] = [];
  skipWs();
  for (;;) {
    // expecting a value
    if (i >= n) return n;
    const c = s[i];
    if (c === "{" || c === "[") {
      i++;
      skipWs();
      if (c === "{") {
        if (s[i] === "}") {
          i++;
        } else {
          if (s[i] !== '"' || !scalar()) return i;
          skipWs();
          if (s[i] !== ":") return i >= n ? n : i;
          i++;
          skipWs();
          stack.push("{");
          continue;
        }
      } else if (s[i] === "]") {
        i++;
      } else {
        stack.push("[");
        continue;
      }
    } else if (!scalar()) return Math.min(i, n);
    // a value is complete: close containers or move to the next member/element
    for (;;) {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : undefined;
      if (i >= n) return n;
      if (s[i] === ",") {
        i++;
        skipWs();
        if (top === "{") {
          if (s[i] !== '"' || !scalar()) return Math.min(i, n);
          skipWs();
          if (s[i] !== ":") return Math.min(i, n);
          i++;
          skipWs();
        }
        break;
      }
      if ((top === "{" && s[i] === "}") || (top === "[" && s[i] === "]")) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
