// Request-size estimates for chunked writes. Excel on the web rejects a request over 5 MB
// (RequestPayloadSizeLimitExceeded; office-js-docs-pr concepts/resource-limits-and-performance-optimization).
// The request carries each operation's arguments as JSON, so a chunk's size is the UTF-8 length of its
// JSON plus a per-operation allowance for the action and object path. We aim at 4 MB to keep a margin.

export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Action id, object path and property name of one operation; deliberately generous. */
export const OPERATION_BYTES = 128;

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

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Counts this adapter's syncs and the size of what it queued, so results can report them. */
export class SyncMeter {
  syncs = 0;
  largestRequestBytes = 0;
  totalBytes = 0;
  pendingBytes = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Records one queued operation with its JSON arguments. */
  add(payload?: unknown): void {
    this.pendingBytes += OPERATION_BYTES + (payload === undefined ? 0 : jsonBytes(payload));
  }

  addBytes(bytes: number): void {
    this.pendingBytes += bytes;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.largestRequestBytes = Math.max(this.largestRequestBytes, this.pendingBytes);
    this.totalBytes += this.pendingBytes;
    this.pendingBytes = 0;
    await this.context.sync();
  }
}
