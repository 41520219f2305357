// Renders docs/functions/*.md into one page served with the add-in (docs/functions.html):
// the target of every custom function's @helpurl. "## ID" headings get the anchor #id.
const fs = require("fs");
const path = require("path");

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function renderFunctionDocs(root) {
  const { Marked } = require("marked");
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        const m = depth === 2 && /^`?(?:SME\.)?([A-Z][A-Z0-9_.]*)`?/.exec(text);
        const id = m ? ` id="${m[1].toLowerCase()}"` : "";
        return `<h${depth}${id}>${inner}</h${depth}>\n`;
      },
    },
  });
  const dir = path.join(root, "docs/functions");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort() : [];
  const body = files.map((f) => marked.parse(fs.readFileSync(path.join(dir, f), "utf8"))).join("\n<hr>\n");
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml("SME 関数リファレンス / Function reference")}</title>
<style>body{font-family:system-ui,"Yu Gothic UI","Meiryo",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}code{background:#f4f4f4;padding:0 .2rem}</style>
</head><body>
<h1>SME 関数リファレンス / Function reference</h1>
${body}
</body></html>`;
}

module.exports = { renderFunctionDocs };
