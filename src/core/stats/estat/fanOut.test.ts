// L5: a stored query from an untrusted workbook must not fan out to thousands of e-Stat calls with the
// user's appId (12 dimensions × 101 codes would be 2^12 = 4,096 requests).
import { AppError } from "../../errors/AppError";
import type { HttpClient } from "../http/createHttpClient";
import { createEstatClient } from "./createEstatClient";

function countingHttp(): { http: HttpClient; calls: () => number } {
  let n = 0;
  const http = {
    async request() {
      n++;
      throw new Error("no network in this test");
    },
  } as unknown as HttpClient;
  return { http, calls: () => n };
}

const codes = (k: number) => Array.from({ length: k }, (_, i) => String(i + 1).padStart(3, "0"));
const wideFilters = Object.fromEntries(
  [
    "cat01",
    "cat02",
    "cat03",
    "cat04",
    "cat05",
    "cat06",
    "cat07",
    "cat08",
    "cat09",
    "cat10",
    "cat11",
    "cat12",
  ].map((d) => [d, { cd: codes(101) }]),
);

describe("e-Stat request fan-out", () => {
  it("refuses a query that would need 4,096 requests, before sending any, and says how many", async () => {
    const { http, calls } = countingHttp();
    const client = createEstatClient({ http, baseUrl: "http://127.0.0.1:9" });
    const e = await client
      .getStatsData({ appId: "k", statsDataId: "T", filters: wideFilters })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "ESTAT_TOO_MANY_REQUESTS", params: { requests: 4096 } });
    expect(calls()).toBe(0);
  });

  it("asks the user above the threshold and sends nothing when declined", async () => {
    const { http, calls } = countingHttp();
    const client = createEstatClient({ http, baseUrl: "http://127.0.0.1:9" });
    const confirm = jest.fn(async () => false);
    const filters = {
      cat01: { cd: codes(101) },
      cat02: { cd: codes(101) },
      cat03: { cd: codes(101) },
      cat04: { cd: codes(101) },
      cat05: { cd: codes(101) },
    };
    await expect(
      client.getStatsData({ appId: "k", statsDataId: "T", filters }, { confirmRequests: confirm }),
    ).rejects.toMatchObject({ code: "ESTAT_REQUESTS_DECLINED", params: { requests: 32 } });
    expect(confirm).toHaveBeenCalledWith(32);
    expect(calls()).toBe(0);
  });

  it("goes ahead without asking for a few requests", async () => {
    const { http, calls } = countingHttp();
    const client = createEstatClient({ http, baseUrl: "http://127.0.0.1:9", pageRetries: 0 });
    const confirm = jest.fn(async () => false);
    await client
      .getStatsData(
        { appId: "k", statsDataId: "T", filters: { cat01: { cd: codes(150) } } },
        { confirmRequests: confirm },
      )
      .catch(() => undefined);
    expect(confirm).not.toHaveBeenCalled();
    expect(calls()).toBeGreaterThan(0);
  });
});
