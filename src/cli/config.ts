import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { AppError } from "../core/errors/AppError";
import { jsonSyntaxError } from "../core/json/jsonSyntaxError";

export interface CliConfig {
  estatAppId?: string;
  estatBaseUrl?: string;
  oecdBaseUrl?: string;
  /** Parts of a proxy URL that are secret (e.g. a token in its path): scrubbed from every message. */
  secretPathParts?: string[];
}

/** `SME_STATS_CONFIG_DIR`, else ~/.config/sme-stats (config.json and the OECD budget state live there). */
export function configDir(env: NodeJS.ProcessEnv): string {
  return env.SME_STATS_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), ".config"), "sme-stats");
}

/**
 * config.json merged with the environment. A malformed file is reported with its line only: V8's JSON
 * message quotes the text around the error, which is where the appId usually is (issue 13 L4).
 */
export function readConfig(env: NodeJS.ProcessEnv): CliConfig {
  const file = join(configDir(env), "config.json");
  let fromFile: CliConfig = {};
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const line = jsonSyntaxError(text)?.line ?? 1;
      throw new AppError("CLI_CONFIG_NOT_JSON", `config.json is not valid JSON (line ${line})`, {
        params: { path: file, line },
      });
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      throw new AppError("CLI_CONFIG_NOT_OBJECT", "config.json is not a JSON object", {
        params: { path: file },
      });
    fromFile = parsed as CliConfig;
  }
  const envParts = (env.SME_STATS_SECRET_PATH_PARTS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const parts = [
    ...(Array.isArray(fromFile.secretPathParts) ? fromFile.secretPathParts : []),
    ...envParts,
  ].filter((s): s is string => typeof s === "string" && s !== "");
  return {
    ...fromFile,
    ...(env.ESTAT_APP_ID ? { estatAppId: env.ESTAT_APP_ID } : {}),
    ...(parts.length ? { secretPathParts: parts } : {}),
  };
}
