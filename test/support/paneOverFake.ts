// What the tests of the pane's actions over the loopback e-Stat fake and the Excel fake share: a small
// generated table, e-Stat's "no data" answer, the pane's actions over both fakes with the appId saved,
// and a load request for an opened table with the pane's defaults.
import type { FetchLike } from "../../src/core/stats/http";
import { FakeExcel } from "../../src/playground/excel-fake";
import type { KeyValueStorage, LoadRequest, TableInfo, TaskpaneActions } from "../../src/taskpane/actions";
import { createActions } from "../../src/taskpane/createActions";
import { memoryStorage } from "../../src/taskpane/tableHistory";
import type { EstatFake, GenerateSpec, TableSource } from "../servers/estatFake";

export const nodeFetch: FetchLike = (url, init) => fetch(url, init);

/** `size` 品目 × 2 時間 (cat01 × time), one value a cell, no markers. */
export function smallTable({
  size = 3,
  rows = size * 2,
  seed = 1,
  title = "生成表 6",
}: { size?: number; rows?: number; seed?: number; title?: string } = {}): GenerateSpec {
  return {
    rows,
    seed,
    title,
    markerEvery: 0,
    dims: [
      { id: "cat01", name: "品目", size },
      { id: "time", name: "時間", size: 2 },
    ],
  };
}

/** e-Stat's getStatsData body when the query is fine but nothing matches (API manual: STATUS 1). */
export function estatNoDataBody(statsDataId: string) {
  return {
    GET_STATS_DATA: {
      RESULT: {
        STATUS: 1,
        ERROR_MSG: "正常に終了しましたが、該当データはありませんでした。",
        DATE: "2026-12-07T10:00:00.000+09:00",
      },
      PARAMETER: { LANG: "J", STATS_DATA_ID: statsDataId, DATA_FORMAT: "J" },
      STATISTICAL_DATA: { RESULT_INF: { TOTAL_NUMBER: 0, FROM_NUMBER: 0, TO_NUMBER: 0 } },
    },
  };
}

/** The same, as the e-Stat fake serves it for a table id. */
export const estatNoData = (statsDataId: string): TableSource => ({
  kind: "recorded",
  body: estatNoDataBody(statsDataId),
});

/** The pane's real actions over the Excel fake and the e-Stat fake, with `appId` saved in Settings. */
export async function actionsOverFakes(
  server: EstatFake,
  appId: string,
  options: { storage?: KeyValueStorage; http?: { retries: number; minIntervalMs: number } } = {},
): Promise<{ fake: FakeExcel; actions: TaskpaneActions }> {
  const fake = new FakeExcel();
  const actions = createActions({
    run: fake.run,
    fetch: nodeFetch,
    storage: options.storage ?? memoryStorage(),
    estatBaseUrl: server.baseUrl,
    ...(options.http ? { http: options.http } : {}),
  });
  await actions.saveSettings({ appId });
  return { fake, actions };
}

/** A load of the whole opened table with the pane's defaults (long, code and label, Japanese). */
export function loadRequestFor(
  info: Pick<TableInfo, "ref" | "title">,
  patch: Partial<LoadRequest> = {},
): LoadRequest {
  return {
    ref: info.ref,
    title: info.title,
    filters: {},
    levels: {},
    layout: { kind: "long" },
    labels: "both",
    labelLang: "ja",
    ...patch,
  };
}
