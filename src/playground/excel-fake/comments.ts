// Excel.Comment and CommentCollection (workbook.comments / worksheet.comments).
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { addComment } from "./objects";
import { FakeCollection, FakeObject, type LoadSpec } from "./proxy";
import { FakeRange } from "./range";
import { locateArg } from "./tableProxy";
import type { WorkbookStore } from "./store";
import type { CommentModel, SheetModel } from "./types";

export class FakeComment
  extends FakeObject<CommentModel>
  implements
    Pick<
      Excel.Comment,
      "content" | "id" | "authorName" | "resolved" | "delete" | "getLocation" | "load" | "context"
    >
{
  protected readonly typeName = "Comment";
  protected readonly scalars: Record<string, (m: CommentModel) => unknown> = {
    content: (m) => m.content,
    id: (m) => m.id,
    authorName: (m) => m.authorName,
    resolved: (m) => m.resolved,
  };
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locate: () => CommentModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected find(): CommentModel | null {
    return this.locate();
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.setProp("content", v, (m) => {
      m.content = v;
      this.store.changed = true;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get authorName(): string {
    return this.prop("authorName");
  }
  get resolved(): boolean {
    return this.prop("resolved");
  }
  set resolved(v: boolean) {
    this.setProp("resolved", v, (m) => {
      m.resolved = v;
      this.store.changed = true;
    });
  }
  delete(): void {
    this.enqueue("delete", undefined, (m) => {
      this.store.model.comments = this.store.model.comments.filter((c) => c.id !== m.id);
      this.store.changed = true;
    });
  }
  getLocation(): Excel.Range {
    return new FakeRange(this.ctx, this.store, () => {
      const m = this.resolve();
      const sheet = m && this.store.sheetById(m.sheetId);
      return m && sheet ? { sheet, rect: { r0: m.row, c0: m.col, r1: m.row, c1: m.col } } : null;
    }) as unknown as Excel.Range;
  }
  load(spec?: LoadSpec): Excel.Comment {
    return this.doLoad(spec) as unknown as Excel.Comment;
  }
}

export class FakeCommentCollection
  extends FakeCollection<CommentModel, FakeComment>
  implements
    Pick<
      Excel.CommentCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemByCell" | "load" | "context"
    >
{
  protected readonly typeName = "CommentCollection";
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locateSheet: (() => SheetModel | null) | null,
  ) {
    super(ctx);
  }
  protected list(): CommentModel[] {
    const sheet = this.locateSheet?.() ?? null;
    return this.store.model.comments.filter((c) => !this.locateSheet || c.sheetId === sheet?.id);
  }
  protected proxyFor(item: CommentModel): FakeComment {
    return new FakeComment(this.ctx, this.store, () => item);
  }
  add(
    cellAddress: Excel.Range | string,
    content: Excel.CommentRichContent | string,
    _contentType?: string,
  ): Excel.Comment {
    let created: CommentModel | null = null;
    this.ctx.enqueue({
      name: "CommentCollection.add",
      payload: [typeof cellAddress === "string" ? cellAddress : "range", content],
      mutates: true,
      exec: () => {
        const at = locateArg(this.store, cellAddress, this.locateSheet?.() ?? null);
        if (at.rect.r0 !== at.rect.r1 || at.rect.c0 !== at.rect.c1)
          throw invalidArgument("A comment goes on a single cell.");
        const text = typeof content === "string" ? content : content.richContent;
        created = addComment(this.store, at.sheet, at.rect.r0, at.rect.c0, text);
        return 0;
      },
    });
    return new FakeComment(this.ctx, this.store, () => created) as unknown as Excel.Comment;
  }
  getItem(commentId: string): Excel.Comment {
    return new FakeComment(
      this.ctx,
      this.store,
      () => this.list().find((c) => c.id === commentId) ?? null,
    ) as unknown as Excel.Comment;
  }
  getItemOrNullObject(commentId: string): Excel.Comment {
    return new FakeComment(
      this.ctx,
      this.store,
      () => this.list().find((c) => c.id === commentId) ?? null,
      true,
    ) as unknown as Excel.Comment;
  }
  getItemByCell(cellAddress: Excel.Range | string): Excel.Comment {
    return new FakeComment(this.ctx, this.store, () => {
      const at = locateArg(this.store, cellAddress, this.locateSheet?.() ?? null);
      return (
        this.store.model.comments.find(
          (c) => c.sheetId === at.sheet.id && c.row === at.rect.r0 && c.col === at.rect.c0,
        ) ?? null
      );
    }) as unknown as Excel.Comment;
  }
  load(spec?: LoadSpec): Excel.CommentCollection {
    return this.doLoad(spec) as unknown as Excel.CommentCollection;
  }
}
