import { buildEstatUrl, type EstatFunction } from "../core/stats/estat/buildUrl";
import type { HttpClient } from "../core/stats/http";

export interface EstatCall {
  http: HttpClient;
  appId: string;
  baseUrl?: string;
}

/** One e-Stat GET; the body is read whatever the HTTP status (STATUS 100 comes with HTTP 403). */
export async function estatGet(
  call: EstatCall,
  fn: EstatFunction,
  params: Record<string, string>,
): Promise<string> {
  const url = buildEstatUrl(fn, { appId: call.appId, ...params }, { baseUrl: call.baseUrl });
  const res = await call.http.request(url);
  return res.text;
}
