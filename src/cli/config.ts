import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface CliConfig {
  estatAppId?: string;
  estatBaseUrl?: string;
  oecdBaseUrl?: string;
}

/** `SME_STATS_CONFIG_DIR`, else ~/.config/sme-stats (config.json and the OECD budget state live there). */
export function configDir(env: NodeJS.ProcessEnv): string {
  return env.SME_STATS_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), ".config"), "sme-stats");
}

export function readConfig(env: NodeJS.ProcessEnv): CliConfig {
  const file = join(configDir(env), "config.json");
  let fromFile: CliConfig = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, "utf8")) as CliConfig;
    } catch (e) {
      throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
    }
  }
  return { ...fromFile, ...(env.ESTAT_APP_ID ? { estatAppId: env.ESTAT_APP_ID } : {}) };
}
