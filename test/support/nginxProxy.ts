// Starts deploy/nginx/run.sh on a free loopback port with its own state directory, for tests and benches.
// Fails with the install command when nginx is missing (the proxy tests never skip).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const RUN_SH = resolve(__dirname, "../../deploy/nginx/run.sh");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runScript(args: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  return new Promise((done) => {
    execFile("bash", [RUN_SH, ...args], { env: { PATH: process.env.PATH, ...env } }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

export function nginxBinary(): string {
  for (const p of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"])
    if (p && existsSync(p)) return p;
  throw new Error(
    "nginx is not installed: the proxy tests need it. Debian/Ubuntu: apt-get install -y nginx (.ci/run installs it)",
  );
}

export interface ProxyOptions {
  estatUpstream: string;
  oecdUpstream: string;
  addinOrigin?: string;
  env?: Record<string, string>;
}

export interface RunningProxy {
  baseUrl: string;
  stateDir: string;
  env: Record<string, string>;
  stop(): Promise<void>;
  /** Every file under the state directory (cache entries, logs, generated config) as text. */
  stateFiles(): { path: string; text: string }[];
}

export async function startProxy(o: ProxyOptions): Promise<RunningProxy> {
  const nginx = nginxBinary();
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), "sme-nginx-"));
  const env: Record<string, string> = {
    NGINX_BIN: nginx,
    PROXY_PORT: String(port),
    PROXY_STATE_DIR: stateDir,
    ESTAT_UPSTREAM: o.estatUpstream,
    OECD_UPSTREAM: o.oecdUpstream,
    ADDIN_ORIGIN: o.addinOrigin ?? "https://addin.example.go.jp",
    ...o.env,
  };
  const r = await runScript(["start"], env);
  if (r.code !== 0) throw new Error(`run.sh start failed (${r.code}): ${r.stderr}${r.stdout}`);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stateDir,
    env,
    async stop() {
      await runScript(["stop"], env);
    },
    stateFiles() {
      const out: { path: string; text: string }[] = [];
      const walk = (d: string) => {
        for (const name of readdirSync(d)) {
          const p = join(d, name);
          const st = statSync(p);
          if (st.isDirectory()) walk(p);
          else if (st.isFile()) out.push({ path: p, text: readFileSync(p, "latin1") });
        }
      };
      walk(stateDir);
      return out;
    },
  };
}
