// The production dist/taskpane.html under its own Content-Security-Policy (issue 12 items 5 and 6):
// the real office.js outside Office, and which origins the policy lets the pane reach.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../scripts/serve";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { launchBrowser } from "./browser";
import { RESULTS } from "./harness";
import { IN_EXCEL_SHIM, openProductionPage } from "./productionSupport";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deploymentMeta } = require("../../scripts/csp") as {
  deploymentMeta(page: string, proxies: string[]): string;
};

jest.setTimeout(180_000);

const DIST = join(__dirname, "../../dist");
const PROXY = "https://proxy.sme-e2e.example/estat";
const UNLISTED = "https://unlisted.sme-e2e.example";

/** dist/taskpane.html as `SME_PROXY_ORIGIN=<proxies> npm run build` writes it: only the two meta tags differ. */
function pageBuiltWith(proxies: string[]): string {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const metas =
    /<meta http-equiv="?Content-Security-Policy"?[^>]*>\s*<meta name="?sme-proxy-origins"?[^>]*>/i;
  if (!metas.test(html)) throw new Error("dist/taskpane.html has no CSP + sme-proxy-origins meta tags");
  return html.replace(metas, deploymentMeta("taskpane", proxies).replace(/\n\s*/g, ""));
}

describe("production task pane page", () => {
  let server: StaticServer;
  let browser: Browser;
  let estat: EstatFake;
  let oecd: OecdFake;
  let upstreams: Record<string, string>;
  beforeAll(async () => {
    server = await startStaticServer({ root: DIST });
    browser = await launchBrowser();
    estat = await startEstatFake({});
    estat.setTable("0001000001", { rows: 10, title: "生成表 人口" });
    oecd = await startOecdFake({});
    upstreams = {
      "https://api.e-stat.go.jp": estat.baseUrl,
      "https://sdmx.oecd.org": oecd.baseUrl.replace(/\/public\/rest$/, ""),
      [PROXY]: estat.baseUrl,
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await estat?.close();
    await oecd?.close();
  });

  it("outside Office, with the real office.js, says to open it from Excel: no uncaught error, no CSP violation", async () => {
    const p = await openProductionPage(browser, { url: `${server.url}taskpane.html` });
    const outside = p.page.getByTestId("outside-office");
    await outside.getByText("Excel から開いてください").waitFor({ timeout: 30_000 });
    expect(await outside.textContent()).toContain("Open this from Excel");
    expect(await p.page.getByRole("tablist").count()).toBe(0);
    // office.js opens its telemetry frame 3 s after load (ULSEndpointProxy): wait for it to be framed.
    await p.page.waitForFunction(
      () => !!document.querySelector('iframe[src*="telemetryservice.firstpartyapps.oaspapps.com"]'),
      undefined,
      { timeout: 15_000 },
    );
    await p.page.waitForTimeout(1000);
    await p.page.screenshot({ path: join(RESULTS, "production-outside-office.png") });
    expect(p.reached).toEqual(
      expect.arrayContaining([
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
        "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
      ]),
    );
    expect(await p.violations()).toEqual([]);
    expect(p.errors).toEqual([]);
    await p.page.context().close();
  });

  // office.js picks its host file from _host_Info, which Office appends to the pane's URL
  // (type$platform$version$locale$…): each Excel host's files must load under the production CSP.
  it.each([
    ["Excel on the web", "Excel$Web$16.00$ja-JP$$$$0", "excel-web-16.00.js", "ja-jp/office_strings.js"],
    ["Excel on Windows", "Excel$Win32$16.01$ja-JP$$$$0", "excel-win32-16.01.js", "ja-jp/office_strings.js"],
    ["Excel on Mac", "Excel$Mac$16.00$en-US$$$$0", "excel-mac-16.00.js", "en-us/office_strings.js"],
  ])(
    "loads the real office.js files of %s with no CSP violation",
    async (_name, hostInfo, hostFile, strings) => {
      const p = await openProductionPage(browser, {
        url: `${server.url}taskpane.html?_host_Info=${hostInfo}`,
      });
      const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
      await p.page.waitForFunction(
        (src) => [...document.scripts].some((s) => s.src === src),
        `${cdn}${strings}`,
        { timeout: 30_000 },
      );
      await p.page.waitForTimeout(4000); // past the 3 s after which office.js may open its telemetry frame
      expect(p.reached).toEqual(
        expect.arrayContaining([`${cdn}office.js`, `${cdn}${hostFile}`, `${cdn}${strings}`]),
      );
      // Everything office.js asked for came from its CDN folder (no other origin was even requested).
      expect(p.reached.filter((u) => !u.startsWith(cdn))).toEqual([]);
      expect(await p.violations()).toEqual([]);
      await p.page.context().close();
    },
  );

  it("lets the pane reach e-Stat, OECD and the configured proxy, and blocks an unlisted origin with a clear error", async () => {
    const html = pageBuiltWith([PROXY]);
    expect(html).toContain(`connect-src 'self' https://api.e-stat.go.jp https://sdmx.oecd.org`);
    expect(html).toContain(new URL(PROXY).origin);
    const settings = (proxyBaseUrl: string) =>
      `localStorage.setItem("sme-toolkit.settings", ${JSON.stringify(
        JSON.stringify({ appId: "e2e-app", proxyBaseUrl, language: "ja" }),
      )});`;
    const p = await openProductionPage(browser, {
      url: `${server.url}taskpane.html`,
      html,
      upstreams,
      officeShim: IN_EXCEL_SHIM,
      init: `if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1"); ${settings(PROXY)} }`,
    });
    const pane = p.page.locator("#root");
    await pane.getByRole("tab", { name: "統計データ" }).waitFor({ timeout: 30_000 });

    // Direct requests from the page: e-Stat and OECD are allowed by connect-src.
    const direct = await p.page.evaluate(async () => {
      const get = async (u: string) => {
        try {
          return (await fetch(u)).status;
        } catch (e) {
          return String(e);
        }
      };
      return {
        estat: await get(
          "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsList?appId=e2e-app&searchWord=x",
        ),
        oecd: await get("https://sdmx.oecd.org/public/rest/dataflow/all/all/latest"),
      };
    });
    expect(direct.estat).toBe(200);
    expect(typeof direct.oecd).toBe("number");

    // The pane searches e-Stat through the configured proxy (the setting saved above).
    const search = async () => {
      for (const s of ["オフラインパック", "OECD"])
        await pane.getByRole("checkbox", { name: s, exact: true }).setChecked(false);
      await pane.getByRole("checkbox", { name: "e-Stat", exact: true }).setChecked(true);
      await pane.getByRole("searchbox", { name: "統計表を検索" }).fill("人口");
      await pane.getByRole("button", { name: "検索", exact: true }).click();
    };
    await search();
    await pane.getByTestId("search-result").first().waitFor({ timeout: 30_000 });
    expect(
      p.reached.some((u) => u.startsWith(`${new URL(PROXY).origin}/estat/rest/3.0/app/json/getStatsList`)),
    ).toBe(true);

    // Settings offers the configured proxy only, and refuses another origin with the CSP explanation.
    await pane.getByRole("tab", { name: "設定" }).click();
    const choices = pane.getByRole("group", { name: "接続先の候補" });
    await choices.waitFor({ timeout: 30_000 }); // the Settings tab loads when first opened (issue 15)
    expect(await choices.getByRole("button").allTextContents()).toEqual([
      "プロキシなし（e-Stat に直接）",
      PROXY,
    ]);
    const proxyField = pane.getByLabel(/プロキシのベース URL/);
    await proxyField.fill(`${UNLISTED}/estat`);
    await pane.getByText(/Content-Security-Policy の connect-src/).waitFor();
    expect(await pane.getByRole("button", { name: "保存" }).isDisabled()).toBe(true);
    await p.page.screenshot({ path: join(RESULTS, "production-proxy-refused.png") });

    // A proxy an older version saved, which this page's CSP does not allow: the browser would block it;
    // the pane says why instead of "Failed to fetch", and nothing leaves for that origin.
    await p.page.evaluate(
      (s) => localStorage.setItem("sme-toolkit.settings", s),
      JSON.stringify({ appId: "e2e-app", proxyBaseUrl: `${UNLISTED}/estat`, language: "ja" }),
    );
    await p.page.reload();
    await pane.getByRole("tab", { name: "統計データ" }).waitFor({ timeout: 30_000 });
    await search();
    const alert = pane.getByText(/Content-Security-Policy の connect-src/);
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain(UNLISTED);
    await p.page.screenshot({ path: join(RESULTS, "production-csp-blocked.png") });

    // And the browser itself blocks the origin: a raw fetch is refused by connect-src, never reaching the network.
    const raw = await p.page.evaluate(async (u) => {
      try {
        await fetch(u);
        return "fetched";
      } catch (e) {
        return String(e);
      }
    }, `${UNLISTED}/estat/rest/3.0/app/json/getStatsList`);
    expect(raw).toMatch(/TypeError/);
    expect(await p.violations()).toEqual([`connect-src ${UNLISTED}/estat/rest/3.0/app/json/getStatsList`]);
    expect(p.reached.filter((u) => u.startsWith(UNLISTED))).toEqual([]);
    expect(p.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await p.page.context().close();
  });
});
