// workbook.customXmlParts (ExcelApi 1.5): XML stored in the file, found by id or root namespace.
import type { FakeRequestContext } from "./context";
import { invalidOperation } from "./errors";
import { addXmlPart, setXmlPart } from "./objects";
import { FakeCollection, FakeObject, queueResult, type LoadSpec } from "./proxy";
import type { WorkbookStore } from "./store";
import type { CustomXmlPartModel } from "./types";

export class FakeCustomXmlPart
  extends FakeObject<CustomXmlPartModel>
  implements
    Pick<
      Excel.CustomXmlPart,
      "id" | "namespaceUri" | "getXml" | "setXml" | "delete" | "load" | "context" | "isNullObject"
    >
{
  protected readonly typeName = "CustomXmlPart";
  protected readonly scalars: Record<string, (m: CustomXmlPartModel) => unknown> = {
    id: (m) => m.id,
    namespaceUri: (m) => m.namespaceUri,
  };
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locate: () => CustomXmlPartModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected find(): CustomXmlPartModel | null {
    return this.locate();
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  get id(): string {
    return this.prop("id");
  }
  get namespaceUri(): string {
    return this.prop("namespaceUri");
  }
  getXml(): OfficeExtension.ClientResult<string> {
    return queueResult(
      this.ctx,
      "CustomXmlPart.getXml",
      () => this.resolve()?.xml ?? "",
      true,
    ) as unknown as OfficeExtension.ClientResult<string>;
  }
  setXml(xml: string): void {
    this.enqueue("setXml", xml, (m) => setXmlPart(this.store, m, xml));
  }
  delete(): void {
    this.enqueue("delete", undefined, (m) => {
      this.store.model.customXmlParts = this.store.model.customXmlParts.filter((p) => p.id !== m.id);
      this.store.changed = true;
    });
  }
  load(spec?: LoadSpec): Excel.CustomXmlPart {
    return this.doLoad(spec) as unknown as Excel.CustomXmlPart;
  }
}

abstract class XmlParts extends FakeCollection<CustomXmlPartModel, FakeCustomXmlPart> {
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
  ) {
    super(ctx);
  }
  protected proxyFor(item: CustomXmlPartModel): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, this.store, () => item);
  }
  private byId(id: string): CustomXmlPartModel | null {
    return this.list().find((p) => p.id === id) ?? null;
  }
  getItem(id: string): Excel.CustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, this.store, () => this.byId(id)) as unknown as Excel.CustomXmlPart;
  }
  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return new FakeCustomXmlPart(
      this.ctx,
      this.store,
      () => this.byId(id),
      true,
    ) as unknown as Excel.CustomXmlPart;
  }
}

export class FakeCustomXmlPartScopedCollection
  extends XmlParts
  implements
    Pick<
      Excel.CustomXmlPartScopedCollection,
      "getItem" | "getItemOrNullObject" | "getOnlyItem" | "getOnlyItemOrNullObject" | "load" | "context"
    >
{
  protected readonly typeName = "CustomXmlPartScopedCollection";
  constructor(
    ctx: FakeRequestContext,
    store: WorkbookStore,
    private readonly namespaceUri: string,
  ) {
    super(ctx, store);
  }
  protected list(): CustomXmlPartModel[] {
    return this.store.model.customXmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }
  /** Excel: an error unless the namespace has exactly one part. */
  getOnlyItem(): Excel.CustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, this.store, () => {
      const parts = this.list();
      if (parts.length !== 1)
        throw invalidOperation(
          `Expected exactly one custom XML part in '${this.namespaceUri}', found ${parts.length}.`,
        );
      return parts[0];
    }) as unknown as Excel.CustomXmlPart;
  }
  /** Null object when the namespace has no part or more than one. */
  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return new FakeCustomXmlPart(
      this.ctx,
      this.store,
      () => {
        const parts = this.list();
        return parts.length === 1 ? parts[0] : null;
      },
      true,
    ) as unknown as Excel.CustomXmlPart;
  }
  load(spec?: LoadSpec): Excel.CustomXmlPartScopedCollection {
    return this.doLoad(spec) as unknown as Excel.CustomXmlPartScopedCollection;
  }
}

export class FakeCustomXmlPartCollection
  extends XmlParts
  implements
    Pick<
      Excel.CustomXmlPartCollection,
      "add" | "getByNamespace" | "getItem" | "getItemOrNullObject" | "load" | "context"
    >
{
  protected readonly typeName = "CustomXmlPartCollection";
  protected list(): CustomXmlPartModel[] {
    return this.store.model.customXmlParts;
  }
  add(xml: string): Excel.CustomXmlPart {
    let created: CustomXmlPartModel | null = null;
    this.ctx.enqueue({
      name: "CustomXmlPartCollection.add",
      payload: xml,
      mutates: true,
      exec: () => ((created = addXmlPart(this.store, xml)), 0),
    });
    return new FakeCustomXmlPart(this.ctx, this.store, () => created) as unknown as Excel.CustomXmlPart;
  }
  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(
      this.ctx,
      this.store,
      namespaceUri,
    ) as unknown as Excel.CustomXmlPartScopedCollection;
  }
  load(spec?: LoadSpec): Excel.CustomXmlPartCollection {
    return this.doLoad(spec) as unknown as Excel.CustomXmlPartCollection;
  }
}
