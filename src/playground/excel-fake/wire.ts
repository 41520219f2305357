// The fake's own request and response accounting: it builds the JSON body Office.js would send for a batch
// and counts its UTF-8 bytes. Microsoft: "Excel on the web limits requests and responses to 5 MB" and "The
// payload size of a request combines: the number of API calls; the number of objects, such as Range objects;
// the length of the value to set or get" (office-js-docs-pr docs/excel/performance.md, "Payload size limit
// best practices"; docs/concepts/resource-limits-and-performance-optimization.md). Those three parts are what
// the body holds: one action per call, one object path per proxy object, and the values as JSON. The shape
// follows Office.js's own request builder (@microsoft/office-js excel-web-16.00.debug.js,
// ClientRequestBase.buildRequestMessageBodyAndRequestFlags: { AutoKeepReference, Actions, ObjectPaths };
// action types 1 Instantiate, 2 Query, 3 Method, 4 SetProperty; object path types 1 GlobalObject,
// 3 Method, 4 Property). This deliberately shares nothing with the adapter's estimate (src/excel/payload.ts),
// which the fake exists to check.
import type { FakeObject } from "./proxy";

/**
 * 5 MB. The docs do not say whether that is 5,000,000 or 5 × 1,048,576 bytes; the fake takes the smaller,
 * so code that passes here also passes under either reading.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;
export const RESPONSE_LIMIT_BYTES = 5_000_000;

/** How one queued operation appears in the request. */
export type WireAction =
  | { kind: "set"; target: FakeObject<unknown>; property: string; value: unknown }
  | { kind: "method"; target: FakeObject<unknown>; method: string; args: unknown[] }
  | { kind: "query"; target: FakeObject<unknown>; select: string[] };

/** How a proxy object was reached: a method or property of its parent (none for workbook / application). */
export interface WirePath {
  type: "method" | "property";
  name: string;
  parent: FakeObject<unknown>;
  args?: unknown[];
}

export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Office.js names members in PascalCase on the wire ("Values", "GetRangeByIndexes"). */
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A range argument travels as a reference to its object path, not as its values. */
function argument(x: unknown, pathId: (o: FakeObject<unknown>) => number): unknown {
  if (x && typeof x === "object" && "ctx" in x && typeof (x as { resolve?: unknown }).resolve === "function")
    return { ObjectPathId: pathId(x as FakeObject<unknown>) };
  return x === undefined ? null : x;
}

/** The JSON body of one request: the actions queued since the last sync and the objects they use. */
export function requestBody(
  actions: readonly (WireAction | undefined)[],
  created: readonly FakeObject<unknown>[],
): { AutoKeepReference: boolean; Actions: object[]; ObjectPaths: Record<string, object> } {
  let nextId = 1;
  const ids = new Map<FakeObject<unknown>, number>();
  const ObjectPaths: Record<string, object> = {};
  const Actions: object[] = [];
  const pathId = (o: FakeObject<unknown>): number => {
    const known = ids.get(o);
    if (known !== undefined) return known;
    const path = o.wirePath;
    const parent = path ? pathId(path.parent) : undefined;
    const id = nextId++;
    ids.set(o, id);
    ObjectPaths[id] = path
      ? {
          Id: id,
          ObjectPathType: path.type === "method" ? 3 : 4,
          Name: pascal(path.name),
          ParentObjectPathId: parent,
          ArgumentInfo: path.args ? { Arguments: path.args.map((a) => argument(a, pathId)) } : {},
        }
      : { Id: id, ObjectPathType: 1, Name: "" };
    return id;
  };
  // Office.js instantiates every object a method returns, in the request that follows its creation.
  for (const o of created)
    if (o.wirePath?.type === "method")
      Actions.push({ Id: nextId++, ActionType: 1, Name: "", ObjectPathId: pathId(o) });
  for (const a of actions) {
    if (!a) continue;
    const ObjectPathId = pathId(a.target);
    if (a.kind === "set")
      Actions.push({
        Id: nextId++,
        ActionType: 4,
        Name: pascal(a.property),
        ObjectPathId,
        ArgumentInfo: { Arguments: [argument(a.value, pathId)] },
      });
    else if (a.kind === "method")
      Actions.push({
        Id: nextId++,
        ActionType: 3,
        Name: pascal(a.method),
        ObjectPathId,
        ArgumentInfo: { Arguments: a.args.map((x) => argument(x, pathId)) },
      });
    else
      Actions.push({
        Id: nextId++,
        ActionType: 2,
        Name: "",
        ObjectPathId,
        QueryInfo: { Select: a.select.map(pascal), Expand: [] },
      });
  }
  return { AutoKeepReference: false, Actions, ObjectPaths };
}

/** Request bytes as sent: UTF-8 of the body's JSON (Japanese text is 3 bytes a character). */
export function requestBytes(
  actions: readonly (WireAction | undefined)[],
  created: readonly FakeObject<unknown>[],
): number {
  return utf8Length(JSON.stringify(requestBody(actions, created)));
}

/** Response bytes of one query: its result as Office.js receives it, { ActionId, Value: {…loaded} }. */
export function responseBytes(actionId: number, value: unknown): number {
  return utf8Length(JSON.stringify({ ActionId: actionId, Value: value }) ?? "");
}
