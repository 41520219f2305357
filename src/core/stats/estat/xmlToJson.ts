// e-Stat's XML answers turned into the same tree its JSON answers have (domain notes §1.7: attributes
// become "@name", element text becomes "$" when the element also has attributes, a repeated element
// becomes an array, an element alone stays an object), so one set of parsers reads both.
// Enough XML for e-Stat: declaration, comments, CDATA, entities, self-closing tags. No DTDs.

import { AppError } from "../../errors/AppError";

interface Frame {
  name: string;
  attrs: Record<string, string>;
  children: Map<string, unknown[]>;
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

function toValue(f: Frame): unknown {
  const attrNames = Object.keys(f.attrs);
  const text = f.text.trim() === "" && f.children.size > 0 ? "" : f.text;
  if (attrNames.length === 0 && f.children.size === 0) return text;
  const out: Record<string, unknown> = {};
  for (const a of attrNames) out[`@${a}`] = f.attrs[a];
  for (const [name, values] of f.children) out[name] = values.length === 1 ? values[0] : values;
  if (text !== "") out.$ = text;
  return out;
}

function bad(detail: string): AppError {
  return new AppError("ESTAT_BAD_RESPONSE", `Bad e-Stat XML: ${detail}`, {
    kind: "notAvailable",
    params: { detail: `XML: ${detail}` },
  });
}

/** Converts an e-Stat XML body into `{ ROOT_NAME: { … } }` in e-Stat's JSON form. */
export function xmlToEstatJson(xml: string): Record<string, unknown> {
  const root: Frame = { name: "", attrs: {}, children: new Map(), text: "" };
  const stack: Frame[] = [root];
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const attrRe = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = token.exec(xml)) !== null) {
    if (m.index !== last) throw bad(`unexpected text at ${last}`);
    last = token.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2] !== undefined) {
      if (top.name !== m[2]) throw bad(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
      const parent = stack[stack.length - 1];
      const list = parent.children.get(top.name) ?? [];
      list.push(toValue(top));
      parent.children.set(top.name, list);
    } else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? "").matchAll(attrRe)) attrs[a[1]] = decode(a[2] ?? a[3] ?? "");
      const frame: Frame = { name: m[3], attrs, children: new Map(), text: "" };
      if (m[5] === "/") {
        const list = top.children.get(frame.name) ?? [];
        list.push(toValue(frame));
        top.children.set(frame.name, list);
      } else stack.push(frame);
    } else if (m[6] !== undefined) {
      if (stack.length > 1) top.text += decode(m[6]);
      else if (m[6].trim() !== "") throw bad("text outside the root element");
    }
  }
  if (last !== xml.length) throw bad(`unexpected text at ${last}`);
  if (stack.length !== 1) throw bad(`<${stack[stack.length - 1].name}> is not closed`);
  const out: Record<string, unknown> = {};
  for (const [name, values] of root.children) out[name] = values[0];
  return out;
}
