import type { AppError } from "../../errors/AppError";
import { createJsonpScriptLoader, type DocumentLike, type ScriptElementLike } from "./jsonpScriptLoader";

/** A document whose <script> "loads" by calling the callback named in its src, or fails, or never loads. */
function fakeDocument(behaviour: "answer" | "error" | "silent") {
  const scripts: ScriptElementLike[] = [];
  const win: Record<string, unknown> = {};
  const doc: DocumentLike = {
    createElement: () => {
      const s: ScriptElementLike = {
        src: "",
        async: false,
        onerror: null,
        remove: () => scripts.splice(scripts.indexOf(s), 1),
      };
      return s;
    },
    head: {
      appendChild: (s) => {
        scripts.push(s);
        const cb = new URL(s.src).searchParams.get("callback")!;
        setTimeout(() => {
          if (behaviour === "answer")
            (win[cb] as (x: unknown) => void)({ GET_STATS_DATA: { RESULT: { STATUS: 0 } } });
          if (behaviour === "error") s.onerror?.({});
        }, 5);
      },
    },
  };
  return { doc, win, scripts };
}

describe("createJsonpScriptLoader", () => {
  it("resolves with the callback's argument and removes the script", async () => {
    const { doc, win, scripts } = fakeDocument("answer");
    const load = createJsonpScriptLoader(doc, win);
    const data = await load("https://x/app/jsonp/getStatsData?appId=S&callback=cb1", { callbackName: "cb1" });
    expect(data).toEqual({ GET_STATS_DATA: { RESULT: { STATUS: 0 } } });
    expect(scripts).toHaveLength(0);
  });

  it("rejects on a script error without the appId in the error", async () => {
    const { doc, win } = fakeDocument("error");
    const err = await createJsonpScriptLoader(doc, win)("https://x/app/jsonp/a?appId=SECRET&callback=cb2", {
      callbackName: "cb2",
    }).then(
      () => undefined,
      (e: unknown) => e as AppError,
    );
    expect(err?.code).toBe("ESTAT_JSONP_FAILED");
    expect(JSON.stringify([err?.message, err?.params])).not.toContain("SECRET");
  });

  it("times out and can be cancelled", async () => {
    const { doc, win, scripts } = fakeDocument("silent");
    const t = await createJsonpScriptLoader(
      doc,
      win,
      30,
    )("https://x/a?callback=cb3", { callbackName: "cb3" }).then(
      () => undefined,
      (e: unknown) => e as AppError,
    );
    expect(t?.code).toBe("TIMEOUT");
    const ac = new AbortController();
    const p = createJsonpScriptLoader(doc, win)("https://x/a?callback=cb4", {
      callbackName: "cb4",
      signal: ac.signal,
    }).then(
      () => undefined,
      (e: unknown) => e as AppError,
    );
    ac.abort();
    expect((await p)?.code).toBe("CANCELLED");
    expect(scripts).toHaveLength(0);
  });
});
