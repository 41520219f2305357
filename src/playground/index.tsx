// The offline playground: the real task pane and the real custom functions on an in-memory workbook.
import { customFunctions } from "./installShim";
import "../functions/measures";
import "../functions/subsidy";
import "../functions/data";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createFakeExcel, emulateHostRequirementSets } from "./excel-fake";
import { createFormulaEvaluator, type FunctionMetadata } from "./formula/evaluateFormula";
import { Playground } from "./Playground";
import { mountTaskpane } from "../taskpane/mount";
import { createActions } from "../taskpane/createActions";
import { createWebPageParsePool } from "../taskpane/estatPageWorkers";
import { configurePlayground, type PlaygroundConfig } from "./configure";
import { readDeployment } from "../taskpane/deployment";
import { preloadAll } from "../core/lazy";

async function getJson<T>(url: string, fallback: T): Promise<T> {
  try {
    const r = await fetch(url);
    return r.ok ? ((await r.json()) as T) : fallback;
  } catch {
    return fallback;
  }
}

async function main() {
  const [en, ja, config] = await Promise.all([
    getJson<{ functions: FunctionMetadata[] }>("functions.json", { functions: [] }),
    getJson<{ functions: FunctionMetadata[] }>("functions-ja.json", { functions: [] }),
    getJson<PlaygroundConfig>("playground-config.json", {}),
  ]);
  const params = new URLSearchParams(location.search);
  // ?host=ExcelApi:1.12,SharedRuntime:1.1 plays an older Excel: isSetSupported answers from this list and
  // members above it fail with ApiNotFound, so the add-in's fallbacks can be tried by hand.
  const host = params.get("host");
  if (host) emulateHostRequirementSets(Object.fromEntries(host.split(",").map((s) => s.split(":", 2))));
  const fake = createFakeExcel({ latencyMs: Number(params.get("latency") ?? 0) });
  fake.setFormulaEvaluator(
    createFormulaEvaluator({
      namespace: "SME",
      registry: customFunctions.registry,
      metadata: [en.functions, ja.functions],
    }),
  );
  configurePlayground(config, fake);
  // The playground is a workbench, not the page Excel loads: everything the add-in loads on first need
  // (src/core/lazy.ts) is loaded here before it says it is ready, so it works offline from then on and
  // its functions answer synchronously as in Excel after their first call.
  await preloadAll();

  const root = document.getElementById("root")!;
  root.style.cssText = "display:flex;height:100vh;overflow:hidden";
  const gridHost = document.createElement("div");
  gridHost.style.cssText = "flex:1 1 auto;min-width:0;display:flex";
  const paneHost = document.createElement("aside");
  paneHost.setAttribute("aria-label", "作業ウィンドウ / Task pane");
  paneHost.dataset.testid = "taskpane";
  paneHost.style.cssText = `width:${params.get("paneWidth") ?? 380}px;flex:0 0 auto;border-left:1px solid #d1d1d1;overflow:auto`;
  root.append(gridHost, paneHost);

  createRoot(gridHost).render(
    <FluentProvider theme={webLightTheme} style={{ display: "flex", flexGrow: 1, minWidth: 0 }}>
      <Playground fake={fake} functions={[...en.functions, ...ja.functions]} />
    </FluentProvider>,
  );
  const deployment = readDeployment();
  const actions = createActions({
    run: fake.run,
    fetch: (url, init) => window.fetch(url, init),
    storage: window.localStorage,
    estatBaseUrl: config.estatBaseUrl,
    oecdBaseUrl: config.oecdBaseUrl,
    // Outside Office: the self-check reports host and requirement sets as "not supported".
    deployment,
    probeFetch: (url, init) => window.fetch(url, init),
    // ?estatWorkers=0: every e-Stat page on the pane's thread; ?estatPageSize=n: small pages (tests)
    parsePool: params.get("estatWorkers") === "0" ? undefined : createWebPageParsePool(),
    estatPageSize: params.has("estatPageSize") ? Number(params.get("estatPageSize")) : undefined,
  });
  mountTaskpane(paneHost, actions, {
    lang: params.get("lang") === "en" ? "en" : "ja",
    storage: window.localStorage,
    deployment,
  });
  // For the browser tests and for curious people with devtools open.
  (window as unknown as { __playground: unknown }).__playground = { fake, customFunctions };
  document.body.dataset.ready = "true";
}

void main();
