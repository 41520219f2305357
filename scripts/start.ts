// `npm start`: builds the add-in when a build input changed since the last build (`--build` forces it),
// starts the loopback fake statistics APIs for the playground, serves dist/ over HTTPS on https://localhost:3000 (office-addin-dev-certs) or, when certificates
// cannot be made here, over HTTP for the playground only, and prints what to do next.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { ServerOptions } from "node:https";
import { buildDecision, STAMP } from "./buildFreshness";
import { startStaticServer } from "./serve";

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

async function httpsOptions(): Promise<{ options: ServerOptions; trusted: boolean } | null> {
  if (process.env.SME_HTTP === "1") return null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const devCerts = require("office-addin-dev-certs");
    return { options: await devCerts.getHttpsServerOptions(), trusted: true };
  } catch (e) {
    // The certificates are often made even when trusting the CA fails (e.g. no sudo): serve HTTPS with
    // them anyway, so trusting the CA by hand is the only step left.
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => join(CERT_DIR, f));
    const why = (e as Error).message.split("\n")[0];
    if (files.every((f) => existsSync(f))) {
      console.warn(
        `\n[!] The dev CA could not be trusted here (${why}).\n` +
          `    Serving HTTPS with the untrusted certificates in ${CERT_DIR}.\n` +
          "    Excel will refuse them until the CA is trusted: `npx office-addin-dev-certs install` with admin rights.\n",
      );
      const [key, cert, ca] = files.map((f) => readFileSync(f));
      return { options: { key, cert, ca }, trusted: false };
    }
    console.warn(
      `\n[!] HTTPS dev certificates could not be created here (${why}).\n` +
        "    Serving over HTTP: the playground works, but Excel needs HTTPS to sideload the add-in.\n" +
        "    Fix: run `npx office-addin-dev-certs install` with admin rights, then `npm start` again.\n",
    );
    return null;
  }
}

let demoLines: string[] = [];

async function startFakes(): Promise<Record<string, string>> {
  const config: Record<string, string> = {};
  try {
    const demo = await import("../test/servers/demoTables");
    const server = await demo.startDemoEstat();
    demoLines = demo.demoBannerLines();
    config.estatBaseUrl = server.baseUrl;
  } catch (e) {
    console.warn(`(e-Stat fake not started: ${(e as Error).message})`);
  }
  try {
    const oecd = await import("../test/servers/oecdFake");
    const server = await oecd.startOecdFake({});
    config.oecdBaseUrl = server.baseUrl;
  } catch (e) {
    console.warn(`(OECD fake not started: ${(e as Error).message})`);
  }
  return config;
}

async function main() {
  // `--build` forces a build; `--no-build` (kept for old habits) skips it whenever dist/ has one.
  const decision =
    process.argv.includes("--no-build") && existsSync("dist/taskpane.html")
      ? { build: false, reason: "--no-build given" }
      : buildDecision(".", process.argv.includes("--build"));
  console.log(`${decision.build ? "Building" : "Skipping the build"}: ${decision.reason}.`);
  if (decision.build) {
    const started = Date.now();
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
    // The stamp's time is when the build started: a source saved during the build makes the next run build again.
    writeFileSync(join("dist", STAMP), new Date(started).toISOString());
    utimesSync(join("dist", STAMP), new Date(started), new Date(started));
  }
  const fakes = await startFakes();
  const https = await httpsOptions();
  const port = Number(process.env.PORT ?? 3000);
  const server = await startStaticServer({
    root: "dist",
    port,
    host: "localhost",
    https: https?.options,
    playgroundConfig: fakes,
  });
  const base = server.url;
  console.log(`
SME Policy Toolkit / 中小企業政策ツールキット is being served at ${base}

  Playground (no Excel needed / Excel 不要): ${base}playground.html
  Function reference / 関数リファレンス:      ${base}docs/functions.html
  Fake e-Stat API (loopback):                 ${fakes.estatBaseUrl ?? "-"}
  Fake OECD API (loopback):                   ${fakes.oecdBaseUrl ?? "-"}
    The fake e-Stat accepts any application ID (設定 › e-Stat アプリケーション ID, e.g. "demo");
    tables to try in the pane (統計データ tab) / 試せる統計表:
${demoLines.join("\n")}
    OECD (no key needed): search 「中小企業」, 「GDP」, 「賃金」 or "productivity" with OECD ticked (bundled catalogue).

Sideload into Excel (HTTPS only${https ? (https.trusted ? "" : " — trust the dev CA first") : " — not available in this run"}):
  Excel on the web: open a workbook › Home › Add-ins › More Add-ins › Upload My Add-in › choose dist/manifest.xml
  Excel on Windows: put manifest.xml in a shared folder, add it under File › Options › Trust Center ›
                    Trusted Add-in Catalogs, then Home › Add-ins › Shared Folder.
                    (or: npx office-addin-debugging start manifest.xml desktop)
  Excel on Mac:     copy dist/manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                    and restart Excel; then Home › Add-ins.
  Then type =SME. in a cell, or Home › 中小企業政策 › 統計・補助金.

Press Ctrl+C to stop.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
