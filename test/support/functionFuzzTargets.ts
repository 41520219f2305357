// The two ways the fuzz calls every custom function: from source (the TypeScript modules, registered by
// their @customfunction ids) and through the built bundle (dist/, loaded in a vm as Excel loads it, like
// test/bundle). Data functions talk to the loopback e-Stat and OECD fakes (port 0), never the network.
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { MemoryLocalStorage } from "../unit/dataTestKit";
import { loadFunctionsBundle } from "./loadFunctionsBundle";
import { readFunctionsMeta, sourceFunctionNames, type FuzzTarget } from "./functionFuzz";
import { CustomFunctionError, installCustomFunctionsShim } from "../../src/playground/customFunctionsRuntime";

export interface FuzzServers {
  estat: EstatFake;
  oecd: OecdFake;
  close(): Promise<void>;
}

export async function startFuzzServers(): Promise<FuzzServers> {
  const estat = await startEstatFake();
  const oecd = await startOecdFake();
  estat.setTable("T1", {
    rows: 60,
    dims: [
      { id: "cat01", name: "産業", size: 6 },
      { id: "area", name: "地域", size: 10 },
    ],
  });
  return {
    estat,
    oecd,
    close: async () => {
      await estat.close();
      await oecd.close();
    },
  };
}

const HTTP = { timeoutMs: 800, retries: 0, backoffBaseMs: 1, minIntervalMs: 0 };

function invocationFactory() {
  return (streamed: unknown[]) => ({
    address: "Sheet1!C3",
    parameterAddresses: ["Sheet1!A1", "Sheet1!A2:B3", "Sheet1!D1", "Sheet1!E1", "Sheet1!F1", "Sheet1!G1"],
    setResult: (v: unknown) => streamed.push(v),
    onCanceled: undefined,
  });
}

export const FUNCTION_FILES = [
  "src/functions/measures.ts",
  "src/functions/subsidy.ts",
  "src/functions/data.ts",
  "src/functions/rdtax.ts",
];

/** From source. Needs the CustomFunctions shim as a global (jest's setup file installs it; the bench calls this). */
export async function sourceTarget(servers: FuzzServers): Promise<FuzzTarget> {
  if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined")
    installCustomFunctionsShim();
  const names = sourceFunctionNames(FUNCTION_FILES);
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of FUNCTION_FILES)
    modules.set(file, (await import(`../../${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>);
  const data =
    (await import("../../src/functions/data/runtime")) as typeof import("../../src/functions/data/runtime");
  const settings =
    (await import("../../src/functions/data/settings")) as typeof import("../../src/functions/data/settings");
  const storage = new MemoryLocalStorage();
  settings.writeStoredSettings(storage, { appId: "fuzz-app" });
  data.configureDataFunctions({
    storage,
    estatBaseUrl: servers.estat.baseUrl,
    oecdBaseUrl: servers.oecd.baseUrl,
    jsonp: null,
    batchDelayMs: 2,
    oecdLimitPerHour: 1_000_000,
    http: HTTP,
    recalculate: null,
  });
  const meta = readFunctionsMeta();
  const missing = meta.filter((m) => !names.has(m.id)).map((m) => m.id);
  if (missing.length) throw new Error(`no source function for ${missing.join(", ")}`);
  const CF = (globalThis as unknown as { CustomFunctions: { Error: new (c: string, m?: string) => unknown } })
    .CustomFunctions;
  return {
    meta,
    call(id, args) {
      const { file, fn } = names.get(id)!;
      return (modules.get(file)![fn] as (...a: unknown[]) => unknown)(...args);
    },
    isExcelError: (e) => e instanceof (CF.Error as unknown as typeof CustomFunctionError),
    makeError: (code, message) => new CF.Error(code, message),
    invocation: invocationFactory(),
  };
}

/** Through dist/ (build first). */
export function bundleTarget(servers: FuzzServers): FuzzTarget {
  const storage = new MemoryLocalStorage();
  storage.setItem("sme-toolkit.settings", JSON.stringify({ appId: "fuzz-app", proxyBaseUrl: "" }));
  const bundle = loadFunctionsBundle({ localStorage: storage });
  const hook = (
    bundle.context as unknown as { __SME_DATA_FUNCTIONS__: { configure(c: Record<string, unknown>): void } }
  ).__SME_DATA_FUNCTIONS__;
  hook.configure({
    estatBaseUrl: servers.estat.baseUrl,
    oecdBaseUrl: servers.oecd.baseUrl,
    jsonp: null,
    batchDelayMs: 2,
    oecdLimitPerHour: 1_000_000,
    http: HTTP,
    recalculate: null,
  });
  const meta = readFunctionsMeta();
  const missing = meta.filter((m) => !bundle.cf.registry.has(m.id)).map((m) => m.id);
  if (missing.length) throw new Error(`not registered by the bundle: ${missing.join(", ")}`);
  return {
    meta,
    call: (id, args) => bundle.call(id, ...args),
    isExcelError: (e) => e instanceof bundle.cf.Error,
    makeError: (code, message) => new bundle.cf.Error(code as never, message),
    invocation: invocationFactory(),
  };
}
