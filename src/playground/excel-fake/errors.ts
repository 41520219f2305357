// Errors shaped like OfficeExtension.Error: `code`, English `message`, `debugInfo`.
// Messages copy Excel's wording where we know it, so what a developer sees in the
// playground is what they would see in Excel.

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const propertyNotLoaded = (property: string): FakeExcelError =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const valueNotLoaded = (): FakeExcelError =>
  new FakeExcelError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );

export const invalidArgument = (detail: string, where?: string): FakeExcelError =>
  new FakeExcelError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. ${detail}`,
    where,
  );

export const itemNotFound = (what: string, where?: string): FakeExcelError =>
  new FakeExcelError("ItemNotFound", `The requested resource doesn't exist. (${what})`, where);

export const itemAlreadyExists = (what: string, where?: string): FakeExcelError =>
  new FakeExcelError("ItemAlreadyExists", `The resource already exists. (${what})`, where);

export const invalidOperation = (detail: string, where?: string): FakeExcelError =>
  new FakeExcelError(
    "InvalidOperation",
    `The operation is invalid for the object or the current state. ${detail}`,
    where,
  );

export const invalidObjectPath = (): FakeExcelError =>
  new FakeExcelError(
    "InvalidObjectPath",
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, use the "context.trackedObjects.add()" method.',
  );

export const requestPayloadTooLarge = (bytes: number, limit: number): FakeExcelError =>
  new FakeExcelError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit (${bytes} > ${limit} bytes). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
  );

export const responsePayloadTooLarge = (bytes: number, limit: number): FakeExcelError =>
  new FakeExcelError(
    "ResponsePayloadSizeLimitExceeded",
    `The response payload size has exceeded the limit (${bytes} > ${limit} bytes). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
  );

/** Something the fake does not model: fails loudly instead of pretending. */
export const notImplemented = (what: string): FakeExcelError =>
  new FakeExcelError("NotImplemented", `The in-memory Excel fake does not implement ${what}.`);
