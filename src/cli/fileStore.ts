import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { KeyValueStore } from "../core/stats/cache/keyValueStore";

/** A KeyValueStore in one JSON file (the CLI's OECD download budget survives between runs). */
export function createJsonFileStore(path: string): KeyValueStore {
  const read = (): Record<string, string> => {
    try {
      return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (data: Record<string, string>) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path + ".tmp", JSON.stringify(data));
    renameSync(path + ".tmp", path);
  };
  return {
    async get(key) {
      return read()[key];
    },
    async set(key, value) {
      write({ ...read(), [key]: value });
    },
    async delete(key) {
      const d = read();
      delete d[key];
      write(d);
    },
    async keys() {
      return Object.keys(read());
    },
  };
}
