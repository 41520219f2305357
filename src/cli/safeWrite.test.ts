// H1 (issue 13): a write that fails part-way leaves no partial file and keeps the old target.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppError } from "../core/errors/AppError";
import { describeError } from "../core/errors/messages";
import { writeMatrix, type Matrix } from "./writeTable";

function failingAt(n: number): Matrix {
  return {
    header: ["a", "b"],
    rowCount: 20_000,
    row: (i) => {
      if (i === n) throw new Error("source failed at row " + n);
      return [`row ${i}`, i];
    },
  };
}

describe("writeMatrix to a file", () => {
  it.each(["csv", "tsv", "json", "xlsx"] as const)(
    "%s: a failure after rows were written leaves the old file untouched and no temporary file",
    async (format) => {
      const dir = mkdtempSync(join(tmpdir(), "safe-write-"));
      const out = join(dir, `t.${format}`);
      writeFileSync(out, "old content");
      // 12,000 rows: more than two 5,000-row chunks (and a 1 MiB JSON chunk) reach the temp file first
      await expect(writeMatrix(failingAt(12_000), { layout: "long", format, out })).rejects.toThrow(
        "source failed at row 12000",
      );
      expect(readdirSync(dir)).toEqual([`t.${format}`]);
      expect(readFileSync(out, "utf8")).toBe("old content");
    },
  );

  it("a complete write replaces the target", async () => {
    const dir = mkdtempSync(join(tmpdir(), "safe-write-"));
    const out = join(dir, "t.csv");
    writeFileSync(out, "old content");
    await writeMatrix(
      { header: ["a"], rowCount: 2, row: (i) => [i] },
      { layout: "long", format: "csv", out },
    );
    expect(readFileSync(out, "utf8")).toBe('"a"\r\n0\r\n1\r\n');
    expect(readdirSync(dir)).toEqual(["t.csv"]);
  });

  it("ENOSPC on a device is an AppError naming the path in Japanese and English", async () => {
    const e = await writeMatrix(failingAt(-1), { layout: "long", format: "csv", out: "/dev/full" }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(AppError);
    expect(describeError(e)).toBe(
      "/dev/full に書き込めませんでした: ディスクの空き容量がありません。 / /dev/full could not be written: no space left on the device.",
    );
  });
});

describe("writeMatrix to what is not a regular file (written in place)", () => {
  // 20,000 rows: far more than a pipe holds (64 KiB), so the writer waits for the reader many times
  const rows: Matrix = { header: ["n", "text"], rowCount: 20_000, row: (i) => [i, `行 ${i}`] };
  const expected = '"n","text"\r\n' + Array.from({ length: 20_000 }, (_, i) => `${i},"行 ${i}"\r\n`).join("");

  it("a named pipe gets every byte, in order, as its reader reads them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "safe-write-"));
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    // the reader writes to a file, not back to this process: this process does not read while it writes
    const copy = join(dir, "copy.csv");
    const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, copy]);
    const closed = new Promise((done) => reader.on("close", done));
    await writeMatrix(rows, { layout: "long", format: "csv", out: fifo });
    await closed;
    expect(readFileSync(copy, "utf8")).toBe(expected);
    expect(readdirSync(dir).sort()).toEqual(["copy.csv", "pipe"]); // no temporary file beside them
  });

  it("a named pipe whose reader goes away is an error naming the path, not a silent loss", async () => {
    const dir = mkdtempSync(join(tmpdir(), "safe-write-"));
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    spawn("sh", ["-c", 'head -c 1000 "$1" > /dev/null', "sh", fifo]); // reads 1,000 bytes, then closes the pipe
    const e = await writeMatrix(rows, { layout: "long", format: "csv", out: fifo }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(describeError(e)).toContain(fifo);
  });
});
