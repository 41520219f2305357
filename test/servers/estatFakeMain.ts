// Runs the e-Stat fake as its own process (for benchmarks, so rendering pages does not share the client's
// thread, and for manual tries): `npx tsx test/servers/estatFakeMain.ts [--latency MS] [--no-cors]`.
// Prints one JSON line {"baseUrl": "..."} on stdout, then serves until stdin closes or SIGTERM.
import { startEstatFake } from "./estatFake";

async function main() {
  const args = process.argv.slice(2);
  const at = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const fake = await startEstatFake({
    latencyMs: Number(at("--latency") ?? 0),
    cors: !args.includes("--no-cors"),
  });
  process.stdout.write(`${JSON.stringify({ baseUrl: fake.baseUrl })}\n`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.stdin.on("end", stop);
  process.stdin.resume();
}

void main();
