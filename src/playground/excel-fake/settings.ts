// workbook.settings: key/value pairs stored with the workbook (ExcelApi 1.4).
import type { FakeRequestContext } from "./context";
import { setSetting } from "./objects";
import { FakeCollection, FakeObject, type LoadSpec } from "./proxy";
import type { WorkbookStore } from "./store";

interface SettingRef {
  key: string;
}

export class FakeSetting
  extends FakeObject<SettingRef>
  implements Pick<Excel.Setting, "key" | "value" | "delete" | "load" | "context" | "isNullObject">
{
  protected readonly typeName = "Setting";
  protected readonly scalars: Record<string, (m: SettingRef) => unknown> = {
    key: (m) => m.key,
    value: (m) => structuredCloneJson(this.store.model.settings.get(m.key)),
  };
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly settingKey: string,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected find(): SettingRef | null {
    return this.store.model.settings.has(this.settingKey) ? { key: this.settingKey } : null;
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  get key(): string {
    return this.prop("key");
  }
  get value(): Excel.Setting["value"] {
    return this.prop("value");
  }
  set value(v: Excel.Setting["value"]) {
    this.setProp("value", v, (m) => setSetting(this.store, m.key, v));
  }
  delete(): void {
    this.enqueue("delete", undefined, (m) => {
      this.store.model.settings.delete(m.key);
      this.store.changed = true;
    });
  }
  load(spec?: LoadSpec): Excel.Setting {
    return this.doLoad(spec) as unknown as Excel.Setting;
  }
}

function structuredCloneJson(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

export class FakeSettingCollection
  extends FakeCollection<SettingRef, FakeSetting>
  implements Pick<Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject" | "load" | "context">
{
  protected readonly typeName = "SettingCollection";
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
  ) {
    super(ctx);
  }
  protected list(): SettingRef[] {
    return [...this.store.model.settings.keys()].map((key) => ({ key }));
  }
  protected proxyFor(item: SettingRef): FakeSetting {
    return new FakeSetting(this.ctx, this.store, item.key);
  }
  add(key: string, value: Parameters<Excel.SettingCollection["add"]>[1]): Excel.Setting {
    this.ctx.enqueue({
      name: "SettingCollection.add",
      payload: [key, value],
      mutates: true,
      exec: () => (setSetting(this.store, key, value), 0),
    });
    return new FakeSetting(this.ctx, this.store, key) as unknown as Excel.Setting;
  }
  getItem(key: string): Excel.Setting {
    return new FakeSetting(this.ctx, this.store, key) as unknown as Excel.Setting;
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return new FakeSetting(this.ctx, this.store, key, true) as unknown as Excel.Setting;
  }
  load(spec?: LoadSpec): Excel.SettingCollection {
    return this.doLoad(spec) as unknown as Excel.SettingCollection;
  }
}
