import type { MarkerInfo } from "../table/types";
import { isObject, parseBody } from "./normalize";
import { badResponse, readStatsDataEnvelope, type StatsDataEnvelope } from "./parseStatsData";

/** Where one getStatsData page goes while it is read. */
export interface StatsDataPageSink {
  /**
   * An early look at the page: everything before the first row (RESULT, RESULT_INF, TABLE_INF, CLASS_INF, and
   * NOTE when it comes first), `values` empty. Called once per attempt, before `notes` and `rows`.
   */
  head(env: StatsDataEnvelope): void;
  /** DATA_INF.NOTE markers; always called before rows that could use them. */
  notes(markers: MarkerInfo[]): void;
  /** Rows in order, `offset` counted from the page's first row. */
  rows(values: unknown[], offset: number): void;
  /**
   * Rows as JSON text (`[` at `start`), written without parsing them into objects; the number of rows, or
   * undefined when the text cannot be read that way (then the rows come again through `rows`).
   */
  rowsText?(text: string, start: number, offset: number): number | undefined;
}

/**
 * Whose turn it is to parse. Pages of one table take turns in page order: a page keeps the text that arrives
 * before its turn, so the pages before it are parsed (and their slots freed for the next requests) as early
 * as possible instead of all finishing together.
 */
export interface ParseTurn {
  now(): boolean;
  /** Resolves when it is this page's turn; rejects if the page is given up meanwhile. */
  wait(): Promise<void>;
}

/** A page read to its end: the envelope as the parse of the whole body says (RESULT_INF included), without rows. */
export interface StatsDataPage {
  env: StatsDataEnvelope;
  rows: number;
}

/** Rows are parsed in pieces of about this much text (about 2,000 rows, a few ms each). */
export const PIECE_CHARS = 256 * 1024;
/** Give up looking for DATA_INF.VALUE after this much text (a huge CLASS_INF): the body is then read whole. */
const MAX_PREFIX_CHARS = 8 * 1024 * 1024;

interface Frame {
  array: boolean;
  key: string | undefined;
  expectKey: boolean;
}

/**
 * Follows the JSON structure (strings, nesting, object keys) up to the `[` that opens
 * GET_STATS_DATA.STATISTICAL_DATA.DATA_INF.VALUE. It checks no syntax: the text before that point is then
 * parsed by JSON.parse, and the rest with it at the end.
 */
class PrefixScanner {
  private pos = 0;
  private inString = false;
  private escaped = false;
  private keyStart = -1;
  private started = false;
  readonly stack: Frame[] = [];

  /** Index just after VALUE's `[`; -1 while not reached; -2 when there is none to find (not an object, or it ended). */
  scan(s: string): number {
    const stack = this.stack;
    for (let i = this.pos; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) {
          this.inString = false;
          if (this.keyStart >= 0) {
            const top = stack[stack.length - 1];
            top.key = s.slice(this.keyStart, i);
            top.expectKey = false;
            this.keyStart = -1;
          }
        }
        continue;
      }
      if (!this.started) {
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
        if (c !== 123) return -2;
        this.started = true;
      }
      const top = stack[stack.length - 1];
      if (c === 34) {
        this.inString = true;
        if (top && !top.array && top.expectKey) this.keyStart = i + 1;
      } else if (c === 123) stack.push({ array: false, key: undefined, expectKey: true });
      else if (c === 91) {
        if (this.atValue()) {
          this.pos = i + 1;
          return i + 1;
        }
        stack.push({ array: true, key: undefined, expectKey: false });
      } else if (c === 125 || c === 93) {
        stack.pop();
        if (stack.length === 0) return -2;
      } else if (c === 44 && top && !top.array) top.expectKey = true;
    }
    this.pos = s.length;
    return -1;
  }

  private atValue(): boolean {
    const st = this.stack;
    return (
      st.length === 4 &&
      !st.some((f) => f.array) &&
      st[0].key === "GET_STATS_DATA" &&
      st[1].key === "STATISTICAL_DATA" &&
      st[2].key === "DATA_INF" &&
      st[3].key === "VALUE" &&
      !st[3].expectKey
    );
  }

  /** What closes every container still open, innermost first. */
  closers(): string {
    return this.stack
      .map((f) => (f.array ? "]" : "}"))
      .reverse()
      .join("");
  }
}

/**
 * Reads one getStatsData body as it arrives, so a 13 MB page is parsed in the gaps between its chunks instead
 * of in one 150–250 ms JSON.parse that keeps every other socket unread (issue 15), and its text is never held
 * whole. The early look (`head`) gives page 1's RESULT_INF.TOTAL_NUMBER while the rows are still coming, so
 * the other pages can be asked for at once.
 *
 * What comes out is what JSON.parse of the whole body gives: the text up to VALUE's `[` is found by following
 * the JSON structure and parsed on its own; rows are cut only at `},{` and a piece is used only if it parses as
 * a list of whole rows — a cut inside a string or a nested value leaves an unclosed string or bracket, which
 * never parses — otherwise the rows wait for the end; and at the end the envelope is parsed together with the
 * rows not yet used, so its RESULT_INF is the full parse's (it wins over the early look). Anything else (XML,
 * a JSONP wrapper, VALUE as one object, no rows) is parsed whole at the end, exactly as before.
 */
export class StatsDataStreamReader {
  private mode: "prefix" | "rows" | "whole" = "prefix";
  private text = "";
  private prefix = "";
  private readonly scanner = new PrefixScanner();
  private rowsOut = 0;
  private piecewise = true;
  private nextCutAt = 0;
  /** Rows parsed before NOTE was seen (it came after VALUE): written once the end has given the markers. */
  private pending: unknown[][] | undefined;
  private chars = 0;

  constructor(
    private readonly sink: StatsDataPageSink,
    private readonly options: {
      secrets?: string[];
      url?: string;
      pieceChars?: number;
      turn?: ParseTurn;
    } = {},
  ) {}

  write(chunk: string): void {
    this.chars += chunk.length;
    this.text += chunk;
    if (this.mode === "prefix") this.findRows();
    if (
      this.mode === "rows" &&
      this.piecewise &&
      this.text.length >= this.nextCutAt &&
      (this.options.turn?.now() ?? true)
    )
      this.cut();
  }

  /** The whole body has arrived: parses what is left once it is this page's turn. */
  async end(): Promise<StatsDataPage> {
    const turn = this.options.turn;
    if (turn && !turn.now()) await turn.wait();
    if (this.mode === "rows" && this.piecewise) this.cut();
    const all = this.mode === "rows" ? this.prefix + this.text : this.text;
    this.text = "";
    let body: unknown;
    try {
      body = parseBody(all);
    } catch {
      throw badResponse(
        `not JSON (${this.chars} characters${this.options.url ? ` from ${this.options.url}` : ""})`,
      );
    }
    if (this.mode !== "rows") return this.wholeNow(body);
    const env = readStatsDataEnvelope(body, { secrets: this.options.secrets });
    this.sink.notes(env.notes);
    if (this.pending) for (const values of this.pending) this.emit(values);
    this.pending = undefined;
    this.emit(env.values);
    return { env: { ...env, values: [] }, rows: this.rowsOut };
  }

  /** A body that arrived parsed already (JSONP): the same calls as a streamed one. */
  async whole(body: unknown): Promise<StatsDataPage> {
    const turn = this.options.turn;
    if (turn && !turn.now()) await turn.wait();
    return this.wholeNow(body);
  }

  private wholeNow(body: unknown): StatsDataPage {
    const env = readStatsDataEnvelope(body, { secrets: this.options.secrets });
    this.sink.head({ ...env, values: [] });
    this.sink.notes(env.notes);
    this.emit(env.values);
    return { env: { ...env, values: [] }, rows: this.rowsOut };
  }

  private findRows(): void {
    const at = this.scanner.scan(this.text);
    if (at === -2 || (at === -1 && this.text.length > MAX_PREFIX_CHARS)) {
      this.mode = "whole";
      return;
    }
    if (at < 0) return;
    const prefix = this.text.slice(0, at);
    let head: unknown;
    try {
      head = JSON.parse(prefix + "]" + this.scanner.closers());
    } catch {
      this.mode = "whole"; // let the full parse at the end say what is wrong
      return;
    }
    // STATUS ≥ 100 with rows would throw here: the same error the full parse gives
    const env = readStatsDataEnvelope(head, { secrets: this.options.secrets });
    this.prefix = prefix;
    this.text = this.text.slice(at);
    this.mode = "rows";
    this.nextCutAt = this.options.pieceChars ?? PIECE_CHARS;
    this.sink.head(env);
    if (hasNote(head)) this.sink.notes(env.notes);
    else this.pending = [];
  }

  /** Parses the rows that have fully arrived, in pieces of about `pieceChars`, each cut at a `},{`. */
  private cut(): void {
    const piece = this.options.pieceChars ?? PIECE_CHARS;
    const text = this.text;
    const last = text.lastIndexOf("},{");
    if (last < 0) {
      this.nextCutAt = text.length + piece;
      return;
    }
    let p = 0;
    while (p < last) {
      let c = text.indexOf("},{", p + Math.max(0, piece - 3));
      if (c < 0 || c > last) c = last;
      const json = "[" + text.slice(p, c + 1) + "]";
      const n = this.pending ? undefined : this.sink.rowsText?.(json, 0, this.rowsOut);
      if (n !== undefined) this.rowsOut += n;
      else {
        let values: unknown[];
        try {
          values = JSON.parse(json) as unknown[];
        } catch {
          this.piecewise = false; // `},{` inside a string: the rest waits for the end
          break;
        }
        if (this.pending) this.pending.push(values);
        else this.emit(values);
      }
      p = c + 2;
    }
    this.text = text.slice(p);
    this.nextCutAt = piece;
  }

  private emit(values: unknown[]): void {
    if (values.length === 0) return;
    this.sink.rows(values, this.rowsOut);
    this.rowsOut += values.length;
  }
}

function hasNote(head: unknown): boolean {
  const dataInf = (head as { GET_STATS_DATA: { STATISTICAL_DATA: { DATA_INF: unknown } } }).GET_STATS_DATA
    .STATISTICAL_DATA.DATA_INF;
  return isObject(dataInf) && "NOTE" in dataInf;
}
