import { waitForExcel } from "./start";

describe("waitForExcel", () => {
  it("starts the pane when Office says Excel", async () => {
    const office = { onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }) };
    await expect(waitForExcel(office)).resolves.toEqual({ kind: "excel", platform: "OfficeOnline" });
  });

  it("says 'outside' when Office.onReady reports no host (a browser), as the real office.js does", async () => {
    const office = { onReady: async () => ({ host: null, platform: null }) };
    await expect(waitForExcel(office)).resolves.toEqual({
      kind: "outside",
      reason: { kind: "notExcel", host: "" },
    });
  });

  it("names another Office application", async () => {
    const office = { onReady: async () => ({ host: "Word", platform: "PC" }) };
    await expect(waitForExcel(office)).resolves.toEqual({
      kind: "outside",
      reason: { kind: "notExcel", host: "Word" },
    });
  });

  it("says office.js is missing when there is no Office global, or onReady throws", async () => {
    await expect(waitForExcel(undefined)).resolves.toEqual({
      kind: "outside",
      reason: { kind: "noOfficeJs" },
    });
    const broken = { onReady: () => Promise.reject(new Error("boom")) };
    await expect(waitForExcel(broken)).resolves.toEqual({ kind: "outside", reason: { kind: "noOfficeJs" } });
  });

  it("gives up after the timeout when Office never answers", async () => {
    const silent = { onReady: () => new Promise<never>(() => undefined) };
    await expect(waitForExcel(silent, 30)).resolves.toEqual({
      kind: "outside",
      reason: { kind: "timeout", seconds: 1 },
    });
  });
});
