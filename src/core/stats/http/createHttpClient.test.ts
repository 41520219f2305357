import { startLoopbackServer, type LoopbackServer } from "../../../../test/servers/common";
import { AppError } from "../../errors/AppError";
import fc from "fast-check";
import { createHttpClient, utf8Decoder, type HttpClientOptions } from "./createHttpClient";
import { HttpStatusError, NetworkError } from "./errors";

const SECRET = "APPID-SECRET-123";
let server: LoopbackServer;
let behaviour: (
  n: number,
  req: import("node:http").IncomingMessage,
  res: import("node:http").ServerResponse,
) => void;

let n = 0;
beforeAll(async () => {
  server = await startLoopbackServer((req, res) => behaviour(++n, req, res));
});
afterAll(() => server.close());
beforeEach(() => {
  n = 0;
  server.requests.length = 0;
  behaviour = (_n, _req, res) => res.end("ok");
});

function client(extra: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    fetch: globalThis.fetch,
    timeoutMs: 2000,
    retries: 2,
    backoff: { baseMs: 10, maxMs: 40 },
    ...extra,
  });
}
const url = (path = "/x") => `${server.baseUrl}${path}?statsDataId=1&appId=${SECRET}`;

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    // whatever failed, the key must not leak into what users or logs see
    expect(JSON.stringify({ m: err.message, p: err.params, c: String((err as Error).cause) })).not.toContain(
      SECRET,
    );
    return err;
  }
  throw new Error("expected a rejection");
}

describe("createHttpClient", () => {
  it("returns the body of a 200 answer", async () => {
    expect(await client().getText(url())).toBe("ok");
    expect(server.requests).toHaveLength(1);
  });

  it("retries a 503 and returns the later success", async () => {
    behaviour = (n, _req, res) => {
      res.statusCode = n % 2 === 1 ? 503 : 200;
      res.end(res.statusCode === 200 ? "second" : "busy");
    };
    expect(await client({ retries: 3 }).getText(url())).toBe("second");
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a 404 and reports HTTP_STATUS with the status and the redacted URL", async () => {
    behaviour = (_n, _req, res) => {
      res.statusCode = 404;
      res.end(`not here ${SECRET}`);
    };
    const err = await caught(client().getText(url()));
    expect(err).toBeInstanceOf(HttpStatusError);
    expect(err.code).toBe("HTTP_STATUS");
    expect(err.params.status).toBe(404);
    expect(err.params.url).toBe(`${server.baseUrl}/x?statsDataId=1`);
    expect((err as HttpStatusError).body).toBe("not here ***");
    expect(server.requests).toHaveLength(1);
  });

  it("hands a 403 body to request() callers so an API error document can be read", async () => {
    behaviour = (_n, _req, res) => {
      res.statusCode = 403;
      res.end('{"STATUS":100}');
    };
    const res = await client().request(url());
    expect(res).toMatchObject({ status: 403, ok: false, text: '{"STATUS":100}' });
    expect(res.url).not.toContain(SECRET);
  });

  it("gives up after the retries on 500 and reports the last status", async () => {
    behaviour = (_n, _req, res) => {
      res.statusCode = 500;
      res.end("boom");
    };
    const err = await caught(client({ retries: 2 }).getText(url()));
    expect(err.params.status).toBe(500);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a connection reset and then fails with NETWORK", async () => {
    behaviour = (_n, req) => req.socket.destroy();
    const err = await caught(client({ retries: 1 }).getText(url()));
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.code).toBe("NETWORK");
    expect(server.requests).toHaveLength(2);
  });

  it("times out a server that never answers", async () => {
    behaviour = () => undefined;
    const err = await caught(client({ retries: 0, timeoutMs: 150 }).getText(url()));
    expect(err.code).toBe("TIMEOUT");
    expect(err.params.timeoutMs).toBe(150);
  });

  it("times out a body that stalls after the headers", async () => {
    behaviour = (_n, _req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("partial");
    };
    const err = await caught(client({ retries: 0, timeoutMs: 200 }).getText(url()));
    expect(err.code).toBe("TIMEOUT");
  });

  it("cancels an in-flight request when the signal aborts", async () => {
    behaviour = () => undefined;
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(), 50);
    const err = await caught(client({ timeoutMs: 5000 }).getText(url(), { signal: ac.signal }));
    expect(err.code).toBe("CANCELLED");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("cancels during the backoff wait and sends no further request", async () => {
    behaviour = (_n, _req, res) => {
      res.statusCode = 503;
      res.end();
    };
    const ac = new AbortController();
    const c = client({
      retries: 5,
      backoff: { baseMs: 300, maxMs: 300, jitter: false },
      onRetry: () => ac.abort(),
    });
    const err = await caught(c.getText(url(), { signal: ac.signal }));
    expect(err.code).toBe("CANCELLED");
    await new Promise((r) => setTimeout(r, 350));
    expect(server.requests).toHaveLength(1);
  });

  it("cancels everything when the client-wide signal aborts", async () => {
    const ac = new AbortController();
    ac.abort();
    const err = await caught(client({ signal: ac.signal }).getText(url()));
    expect(err.code).toBe("CANCELLED");
    expect(server.requests).toHaveLength(0);
  });

  it("spaces request starts by the rate limit even when called in a burst", async () => {
    // Timed where the limit acts, at each call to fetch: the server's arrival times add the loopback's
    // jitter, which a loaded CI machine once made 11 ms (49 ms apart; clean-clone CI at ea139a1).
    const starts: number[] = [];
    const timed: typeof globalThis.fetch = (input, init) => {
      starts.push(performance.now());
      return globalThis.fetch(input, init);
    };
    const c = client({ fetch: timed, rateLimit: { minIntervalMs: 60 } });
    await Promise.all([1, 2, 3, 4].map(() => c.getText(url())));
    expect(server.requests).toHaveLength(4);
    const times = starts.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(50);
  });

  it("waits exponentially longer between retries, with jitter between half and all of the step", async () => {
    behaviour = (_n, _req, res) => {
      res.statusCode = 502;
      res.end();
    };
    const delays: number[] = [];
    const c = client({
      retries: 3,
      backoff: { baseMs: 10, maxMs: 25 },
      random: () => 1,
      onRetry: (i) => delays.push(i.delayMs),
    });
    await caught(c.getText(url()));
    expect(delays).toEqual([10, 20, 25]);
    const half: number[] = [];
    await caught(
      client({
        retries: 1,
        backoff: { baseMs: 10 },
        random: () => 0,
        onRetry: (i) => half.push(i.delayMs),
      }).getText(url()),
    );
    expect(half).toEqual([5]);
  });
});

describe("utf8Decoder", () => {
  it("gives the text back however the bytes are cut, characters of 1–4 bytes and a leading BOM included", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "{", "é", "円", "百万", "😀", "\\u767E") }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        (text, bom, cuts) => {
          const bytes = new TextEncoder().encode((bom ? "\uFEFF" : "") + text);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const decode = utf8Decoder();
          let out = "";
          let from = 0;
          for (const c of [...at, bytes.length]) {
            out += decode(bytes.subarray(from, c));
            from = c;
          }
          out += decode();
          expect(out).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
