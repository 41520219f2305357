// dist/taskpane.html carries the pane's first frame, prerendered by the build from the real components
// (scripts/prerender.mjs, issue 15 first paint), within the page's own Content-Security-Policy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { kib, KiB } from "../../scripts/bundleSizes";
import { LOADING_NOTE } from "../../src/taskpane/prerender";
import { PRERENDERED_STATE } from "../../src/taskpane/prerendered";
import { dictionaries } from "../../src/taskpane/i18n";
import { DIST } from "../support/loadFunctionsBundle";

/** What the first frame may add to the HTML (gzip -9): it downloads before the scripts' last bytes. */
const HTML_BUDGET = 24 * KiB;

const html = () => readFileSync(join(DIST, "taskpane.html"), "utf8");
const rootOf = (page: string) => {
  const start = page.indexOf('<div id="root"');
  const end = page.lastIndexOf('<p id="pane-loading"');
  if (start < 0 || end < start) throw new Error("dist/taskpane.html has no prerendered #root");
  return page.slice(start, end);
};

describe("the task pane page's prerendered first frame", () => {
  const ja = dictionaries.ja;

  it("shows the tabs, the find heading and the search form in Japanese, marked inert until hydrated", () => {
    const root = rootOf(html());
    expect(root).toMatch(new RegExp(`^<div id="root" data-prerendered="${PRERENDERED_STATE}" inert>`));
    const tabs = [...root.matchAll(/<button[^>]*role="tab"[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(tabs).toEqual([ja.tabData, ja.tabRefresh, ja.tabSubsidy, ja.tabSettings]);
    expect(root).toMatch(/<button[^>]*role="tab"[^>]*aria-selected="true"[^>]*data-tab="data"/);
    expect(root).toContain(`>${ja.findHeading}</h2>`);
    expect(root).toMatch(/<form role="search"/);
    expect(root).toMatch(/<input[^>]*type="search"[^>]*value=""/);
    expect(root).toContain(`placeholder="${ja.searchPlaceholder}"`);
    // What only the browser knows (recent and favourite tables) is left to the page.
    expect(root).not.toContain(ja.favouritesHeading);
  });

  it("follows the frame with a loading note in both languages, hidden for the first 2 s", () => {
    const page = html();
    expect(page).toContain(
      `</div><p id="pane-loading" role="status" lang="ja">${LOADING_NOTE.ja}<br/><span lang="en">${LOADING_NOTE.en}</span></p></body>`,
    );
    expect(page).toMatch(/#pane-loading\{[^}]*opacity:0;animation:pane-loading 0s 2s forwards\}/);
  });

  it("carries the CSS that frame needs (Griffel's buckets for rehydration, the light theme's variables)", () => {
    const page = html();
    const head = page.slice(0, page.indexOf("</head>"));
    expect(head).toMatch(/<style data-make-styles-bucket="d"[^>]*data-make-styles-rehydration="true">/);
    expect(rootOf(page)).toMatch(
      /<style id="fui-FluentProvider\w+">\.fui-FluentProvider\w+ \{[^}]*--colorNeutralForeground1: #242424;/,
    );
    // Every class the markup uses that Griffel made (atomic f…, reset r…) has a rule in the page.
    const css = [...page.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]).join("");
    const classes = new Set(
      [...rootOf(page).matchAll(/class="([^"]*)"/g)]
        .flatMap((m) => m[1].split(" "))
        .filter((c) => /^[fr][a-z0-9]{5,8}$/.test(c)),
    );
    const missing = [...classes].filter((c) => !css.includes(`.${c}`));
    expect(missing).toEqual([]);
    expect(classes.size).toBeGreaterThan(50);
  });

  it("stays within the page's CSP: inline styles only (style-src 'unsafe-inline', as Griffel needs), no inline script", () => {
    const page = html();
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(page)![1];
    expect(policy).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(policy).toMatch(/script-src 'self' [^;]*/);
    expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body).toBe("");
    }
    expect(page).not.toMatch(/\son[a-z]+="/); // no inline event handlers either
  });

  it(`adds at most ${HTML_BUDGET / KiB} KiB gz to the HTML`, () => {
    const gz = gzipSync(html(), { level: 9 }).length;
    if (gz > HTML_BUDGET) throw new Error(`dist/taskpane.html is ${kib(gz)} gz, over ${kib(HTML_BUDGET)}`);
    expect(gz).toBeLessThanOrEqual(HTML_BUDGET);
  });
});
