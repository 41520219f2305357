// Charts, comments, settings and custom XML parts in the model.
import { invalidArgument, itemAlreadyExists } from "./errors";
import type { WorkbookStore } from "./store";
import type { ChartModel, CommentModel, CustomXmlPartModel, Rect, SheetModel } from "./types";
import { checkXml } from "./xml";

export function addChart(
  store: WorkbookStore,
  sheet: SheetModel,
  type: string,
  source: Rect,
  seriesBy: string,
): ChartModel {
  if (!type || type === "Invalid") throw invalidArgument(`'${type}' is not a chart type.`);
  const onSheet = store.model.charts.filter((c) => c.sheetId === sheet.id);
  let n = 1;
  while (onSheet.some((c) => c.name === `Chart ${n}`)) n++;
  const chart: ChartModel = {
    id: store.newId("chart"),
    name: `Chart ${n}`,
    sheetId: sheet.id,
    chartType: type,
    source: store.address(sheet, source),
    seriesBy,
    title: "",
    titleVisible: false,
    top: 0,
    left: 0,
    width: 360,
    height: 216,
  };
  store.model.charts.push(chart);
  store.changed = true;
  return chart;
}

export function addComment(
  store: WorkbookStore,
  sheet: SheetModel,
  row: number,
  col: number,
  content: string,
): CommentModel {
  if (store.model.comments.some((c) => c.sheetId === sheet.id && c.row === row && c.col === col))
    throw itemAlreadyExists(
      `The cell ${store.address(sheet, { r0: row, c0: col, r1: row, c1: col })} already has a comment.`,
    );
  const comment: CommentModel = {
    id: store.newId("comment"),
    sheetId: sheet.id,
    row,
    col,
    content,
    authorName: "Playground",
    resolved: false,
  };
  store.model.comments.push(comment);
  store.changed = true;
  return comment;
}

/** Settings hold JSON values; Office.js serialises them, so functions and undefined cannot be stored. */
export function setSetting(store: WorkbookStore, key: string, value: unknown): void {
  if (typeof key !== "string" || key === "") throw invalidArgument("A setting needs a non-empty key.");
  if (value === undefined || typeof value === "function")
    throw invalidArgument(`Setting '${key}' needs a JSON value.`);
  store.model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
  store.changed = true;
}

export function addXmlPart(store: WorkbookStore, xml: string): CustomXmlPartModel {
  const part: CustomXmlPartModel = { id: store.newId("xml"), namespaceUri: checkXml(xml), xml };
  store.model.customXmlParts.push(part);
  store.changed = true;
  return part;
}

export function setXmlPart(store: WorkbookStore, part: CustomXmlPartModel, xml: string): void {
  part.namespaceUri = checkXml(xml);
  part.xml = xml;
  store.changed = true;
}
