// Runs the sme-stats CLI from source (tsx) as a person with no appId and an empty config directory, unless
// `env` says otherwise. Used by the CLI, CLI-safety and organisation-proxy tests.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      join(ROOT, "node_modules/.bin/tsx"),
      [join(ROOT, "src/cli/sme-stats.ts"), ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ESTAT_APP_ID: "",
          SME_STATS_CONFIG_DIR: mkdtempSync(join(tmpdir(), "sme-stats-")),
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
