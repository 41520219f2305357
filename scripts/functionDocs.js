// Renders docs/functions/*.md into one page served with the add-in (docs/functions.html): the target of
// every custom function's @helpurl. "## SME.ID" headings get the anchor #id, each file's "# title" the
// anchor #<file name>, and a table of contents at the top links to both (the page is long: LABORSHARE
// sat 5,200 px down). docs/getting-started.md becomes docs/getting-started.html, the pane's 「はじめに」.
const fs = require("fs");
const path = require("path");

function escapeHtml(s) {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

const STYLE = `body{font-family:system-ui,"Yu Gothic UI","Meiryo",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;overflow-wrap:anywhere}
table{border-collapse:collapse;display:block;overflow-x:auto}td,th{border:1px solid #ccc;padding:.25rem .5rem}code{background:#f4f4f4;padding:0 .2rem}
nav ul{padding-left:1.2rem}nav>ul>li{margin:.4rem 0}nav li li{display:inline-block;margin-right:.8rem}`;

function page(title, body, lang = "ja") {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head><body>
${body}
</body></html>`;
}

/** "SME.LABORSHARE — 労働分配率 / labour share" → { id: "laborshare", label: …} for a level-2 heading. */
function functionAnchor(text) {
  const m = /^`?SME\.([A-Z][A-Z0-9_.]*)`?/.exec(text);
  return m ? m[1].toLowerCase() : null;
}

function markedWith(fileId) {
  const { Marked } = require("marked");
  return new Marked({
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        const fn = depth === 2 ? functionAnchor(text) : null;
        const id = fn ?? (depth === 1 && fileId ? `doc-${fileId}` : null);
        return `<h${depth}${id ? ` id="${id}"` : ""}>${inner}</h${depth}>\n`;
      },
    },
  });
}

function renderFunctionDocs(root) {
  const { Lexer } = require("marked");
  const dir = path.join(root, "docs/functions");
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .sort()
    : [];
  const toc = [];
  const parts = files.map((f) => {
    const md = fs.readFileSync(path.join(dir, f), "utf8");
    const fileId = path.basename(f, ".md");
    const headings = Lexer.lex(md).filter((t) => t.type === "heading");
    const title = headings.find((h) => h.depth === 1)?.text ?? fileId;
    const fns = headings
      .filter((h) => h.depth === 2 && functionAnchor(h.text))
      .map((h) => ({ id: functionAnchor(h.text), label: h.text.replace(/`/g, "").split(" / ")[0] }));
    toc.push({ fileId, title, fns });
    return markedWith(fileId).parse(md);
  });
  const nav = `<nav aria-label="目次 / Contents"><h2>目次 / Contents</h2><ul>
${toc
  .map(
    (s) =>
      `<li><a href="#doc-${s.fileId}">${escapeHtml(s.title)}</a>${
        s.fns.length
          ? `<ul>${s.fns.map((f) => `<li><a href="#${f.id}">${escapeHtml(f.label)}</a></li>`).join("")}</ul>`
          : ""
      }</li>`,
  )
  .join("\n")}
</ul><p><a href="getting-started.html">はじめに / Getting started</a></p></nav>`;
  return page(
    "SME 関数リファレンス / Function reference",
    `<h1>SME 関数リファレンス / Function reference</h1>\n${nav}\n${parts.join("\n<hr>\n")}`,
  );
}

/** docs/getting-started.md as a page of its own (the pane links to it as 「はじめに」). */
function renderGettingStarted(root) {
  const file = path.join(root, "docs/getting-started.md");
  const md = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# はじめに / Getting started\n";
  return page("はじめに / Getting started — 中小企業政策ツールキット", markedWith(null).parse(md));
}

module.exports = { renderFunctionDocs, renderGettingStarted };
