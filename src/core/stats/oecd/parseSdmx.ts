import { AppError } from "../../errors/AppError";
import type { TidyTable } from "../table/types";
import { parseSdmxCsv } from "./parseSdmxCsv";
import { parseSdmxJson, type SdmxParseOptions } from "./parseSdmxJson";

export type SdmxFormat = "json" | "csv";

/** Which SDMX form a body is: JSON starts with `{`; SDMX-ML (`<`) is not supported. */
export function detectSdmxFormat(text: string): SdmxFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) {
    throw new AppError("OECD_UNSUPPORTED_FORMAT", "SDMX-ML (XML) bodies are not supported", {
      params: { format: "SDMX-ML (XML)" },
    });
  }
  return "csv";
}

/** Parses any SDMX-JSON (1.0/2.x) or SDMX-CSV (1.0/2.0, with or without labels) body. */
export function parseSdmx(text: string, opts: SdmxParseOptions = {}): TidyTable {
  return detectSdmxFormat(text) === "json" ? parseSdmxJson(text, opts) : parseSdmxCsv(text, opts);
}
