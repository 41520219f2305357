// Flags a frame forbids together (「併用不可」, `exclusiveFlags` in the data) make SME.GRANT,
// SME.GRANTCAP and SME.GRANTRATE fail with #VALUE! and the reason, instead of a silent number;
// SME.GRANTCHECK and the pane show the same as an error finding.
import { AppError } from "../errors/AppError";
import type { Finding } from "./findings";

export function throwOnExclusiveFlags<T extends { findings: readonly Finding[] }>(result: T): T {
  const f = result.findings.find((x) => x.code === "FLAGS_EXCLUSIVE");
  if (f)
    throw new AppError("FLAGS_EXCLUSIVE", `flags ${String(f.params.flags)} cannot be combined`, {
      params: f.params,
    });
  return result;
}
