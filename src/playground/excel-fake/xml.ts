// Just enough XML checking for customXmlParts: Excel rejects malformed XML with InvalidArgument,
// and reports `namespaceUri` only when the root element declares a default xmlns
// (office-js-docs-pr develop/persisting-add-in-state-and-settings). No DOMParser: this also runs in Node.
import { invalidArgument } from "./errors";

const NAME = "[A-Za-z_][\\w.\\-:]*";
const TOKEN = new RegExp(
  `<\\?[\\s\\S]*?\\?>|<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)`,
  "g",
);

/** Checks well-formedness; returns the root element's default namespace ("" when none). */
export function checkXml(xml: string): string {
  const stack: string[] = [];
  let rootNs: string | null = null;
  let roots = 0;
  for (const m of xml.matchAll(TOKEN)) {
    if (m[0] === "<" || m[0].startsWith("&")) throw invalidArgument(`Malformed XML near offset ${m.index}.`);
    const [, close, name, attrs, selfClose] = m;
    if (!name) continue;
    if (close) {
      if (stack.pop() !== name) throw invalidArgument(`Malformed XML: unexpected </${name}>.`);
      continue;
    }
    if (stack.length === 0) {
      roots++;
      if (rootNs === null)
        rootNs =
          /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/
            .exec(` ${attrs}`)
            ?.slice(1)
            .find((x) => x !== undefined) ?? "";
    }
    if (!selfClose) stack.push(name);
  }
  if (stack.length > 0 || roots !== 1 || rootNs === null)
    throw invalidArgument("Malformed XML: expected exactly one root element.");
  return rootNs;
}
