// Request size accounting. Excel on the web rejects a request over 5 MB with
// RequestPayloadSizeLimitExceeded (office-js-docs-pr: concepts/resource-limits-and-performance-optimization).
// The payload is the JSON of the queued actions, so we count the UTF-8 bytes of each operation's
// arguments' JSON plus a fixed overhead for the action and object path. UTF-8, not string length:
// Japanese labels are 3 bytes a character on the wire.

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** Action id, object path and property name of one queued operation, roughly as Office.js sends them. */
export const OPERATION_OVERHEAD_BYTES = 64;

export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of one JSON-serialisable argument (values, formulas, number formats, names…). */
export function estimateJsonBytes(payload: unknown): number {
  if (payload === undefined) return 0;
  return utf8Length(JSON.stringify(payload) ?? "");
}

/** Estimated size of one request: every queued operation's overhead plus its arguments. */
export function estimateRequestBytes(operations: readonly { payload?: unknown }[]): number {
  let total = 0;
  for (const op of operations) total += OPERATION_OVERHEAD_BYTES + estimateJsonBytes(op.payload);
  return total;
}
