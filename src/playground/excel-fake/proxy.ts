// Proxy objects with Office.js load/sync semantics: property sets and method calls are queued and
// applied at context.sync() in order; a scalar property can be read only after load() + sync()
// (or after the code set it), otherwise PropertyNotLoaded, exactly the discipline Excel enforces.
import type { FakeRequestContext } from "./context";
import { responseBytes, type WireAction, type WirePath } from "./wire";
import { invalidArgument, itemNotFound, notImplemented, propertyNotLoaded, valueNotLoaded } from "./errors";

/** Everything Office.js load() accepts: "a, b/c", ["a"], {select, expand}, or {a: true, b: {c: true}}. */
export type LoadSpec = string | string[] | object;

/** Splits a load spec into own property names and "navigation/rest" paths. */
export function parseLoadSpec(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s) ?? []);
  const o = spec as Record<string, unknown>;
  if (o.$all === true && Object.keys(o).length === 1) return undefined;
  if (typeof o.select === "string" || typeof o.expand === "string")
    return [
      ...(parseLoadSpec(o.select as string | undefined) ?? []),
      ...(parseLoadSpec(o.expand as string | undefined) ?? []),
    ];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith("$")) continue;
    if (v === true) out.push(k);
    else if (v && typeof v === "object")
      for (const sub of parseLoadSpec(v as LoadSpec) ?? []) out.push(`${k}/${sub}`);
  }
  return out;
}

export abstract class FakeObject<M = unknown> {
  readonly ctx: FakeRequestContext;
  private readonly cache = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected abstract readonly typeName: string;
  /** Scalar properties load() understands, with how to read each from the model. */
  protected abstract readonly scalars: Record<string, (m: M) => unknown>;
  /** Navigation properties that load paths ("format/font/bold") can go through. */
  protected navigation(): Record<string, FakeObject<unknown>> {
    return {};
  }

  /** How Office.js would have reached this object (for request accounting, wire.ts). */
  wirePath?: WirePath;

  constructor(
    ctx: FakeRequestContext,
    protected readonly nullable = false,
  ) {
    this.ctx = ctx;
    ctx.track(this as FakeObject<unknown>);
  }

  /** Records that this object is `parent.name(args)` (or the property `parent.name`); returns this. */
  via(parent: object, name: string, args?: unknown[], type: WirePath["type"] = "method"): this {
    this.wirePath = { type, name, parent: parent as FakeObject<unknown>, args };
    return this;
  }

  /** The model object, or null when it does not exist. */
  protected abstract find(): M | null;

  resolve(): M | null {
    const m = this.find();
    if (m === null && !this.nullable) throw itemNotFound(`${this.typeName} does not exist`, this.typeName);
    return m;
  }

  /** Called by the context once a sync has run, like Office.js filling in isNullObject. */
  settleNull(): void {
    try {
      this.nullState = this.nullable ? this.find() === null : false;
    } catch {
      this.nullState = this.nullable;
    }
  }

  markLoaded(values: Record<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of Object.entries(values)) this.cache.set(k, v);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  protected prop<T>(name: string): T {
    if (this.nullState === true) return null as T;
    if (!this.cache.has(name)) throw propertyNotLoaded(name);
    return this.cache.get(name) as T;
  }

  /** Queues an operation on this object; a null object's operations are ignored, as in Office.js. */
  protected enqueue(
    name: string,
    payload: unknown,
    exec: (m: M) => void,
    mutates = true,
    wire: WireAction = {
      kind: "method",
      target: this as FakeObject<unknown>,
      method: name,
      args: payload === undefined ? [] : [payload],
    },
  ): void {
    this.ctx.enqueue({
      name: `${this.typeName}.${name}`,
      payload,
      mutates,
      wire,
      exec: () => {
        const m = this.resolve();
        if (m !== null) exec(m);
        return 0;
      },
    });
  }

  protected setProp<T>(name: string, value: T, apply: (m: M, v: T) => void): void {
    this.cache.set(name, value);
    this.enqueue(`set ${name}`, value, (m) => apply(m, value), true, {
      kind: "set",
      target: this as FakeObject<unknown>,
      property: name,
      value,
    });
  }

  protected doLoad(spec?: LoadSpec): this {
    const names = parseLoadSpec(spec) ?? Object.keys(this.scalars);
    const own: string[] = [];
    for (const name of names) {
      const [head, ...rest] = name.split("/");
      if (rest.length > 0 || (!(head in this.scalars) && head in this.navigation())) {
        const nav = this.navigation()[head];
        if (!nav) throw notImplemented(`${this.typeName}.${head}`);
        nav.doLoad(rest.length ? rest.join("/") : undefined);
      } else if (head in this.scalars) own.push(head);
      else throw notImplemented(`loading ${this.typeName}.${head}`);
    }
    this.ctx.enqueue({
      name: `${this.typeName}.load`,
      payload: own,
      mutates: false,
      wire: { kind: "query", target: this as FakeObject<unknown>, select: own },
      exec: () => {
        const m = this.resolve();
        return m === null ? 0 : this.readNow(own, m);
      },
    });
    return this;
  }

  /** Loads scalars from the model now (inside a sync); returns the response bytes. */
  readNow(names: string[] | undefined, m: M): number {
    const values: Record<string, unknown> = {};
    for (const n of names ?? Object.keys(this.scalars)) {
      const read = this.scalars[n];
      if (!read) throw notImplemented(`loading ${this.typeName}.${n}`);
      values[n] = read(m);
    }
    this.markLoaded(values);
    return responseBytes(0, values);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.cache);
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computed it. */
export class FakeClientResult<T> {
  private loaded = false;
  private v: T | undefined;
  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.v as T;
  }
  set(v: T): void {
    this.v = v;
    this.loaded = true;
  }
}

/** Queues a computation whose result arrives with the next sync. */
export function queueResult<T>(
  ctx: FakeRequestContext,
  name: string,
  compute: () => T,
  bulky = false,
): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  ctx.enqueue({
    name,
    mutates: false,
    exec: () => {
      const v = compute();
      result.set(v);
      return bulky ? responseBytes(0, v) : 0;
    },
  });
  return result;
}

export function requireString(x: unknown, what: string): string {
  if (typeof x !== "string") throw invalidArgument(`${what} must be text.`);
  return x;
}

/** A collection: `items` (and item properties) arrive with load() + sync(). */
export abstract class FakeCollection<I, P extends FakeObject<I>> extends FakeObject<I[]> {
  protected readonly scalars: Record<string, (m: I[]) => unknown> = { count: (m) => m.length };
  protected abstract list(): I[];
  protected abstract proxyFor(item: I): P;

  protected find(): I[] {
    return this.list();
  }

  protected override doLoad(spec?: LoadSpec): this {
    const names = parseLoadSpec(spec);
    const itemNames: string[] = [];
    let all = names === undefined;
    for (const n of names ?? []) {
      if (n === "items" || n === "$all") all = true;
      else if (n.startsWith("items/")) itemNames.push(n.slice(6));
      else if (n !== "count") itemNames.push(n);
    }
    this.ctx.enqueue({
      name: `${this.typeName}.load`,
      payload: names ?? [],
      mutates: false,
      wire: { kind: "query", target: this as FakeObject<unknown>, select: names ?? [] },
      exec: () => {
        const models = this.list();
        let bytes = 0;
        const items = models.map((m) => {
          const proxy = this.proxyFor(m);
          bytes += proxy.readNow(all && itemNames.length === 0 ? undefined : itemNames, m);
          return proxy;
        });
        this.markLoaded({ items, count: models.length });
        return bytes;
      },
    });
    return this;
  }

  get items(): P[] {
    return this.prop("items");
  }
  get count(): number {
    return this.prop("count");
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  getCount(): FakeClientResult<number> {
    return queueResult(this.ctx, `${this.typeName}.getCount`, () => this.list().length);
  }
}
