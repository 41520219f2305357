// One place the ribbon command and the task pane ask data formulas to fetch fresh data.
// The data formulas (src/functions/data.ts) register the handler; without it a refresh is a no-op.
type RefreshHandler = () => Promise<{ tables: number }>;

let handler: RefreshHandler | null = null;

export function onFormulaRefresh(h: RefreshHandler): void {
  handler = h;
}

export async function requestFormulaRefresh(): Promise<{ tables: number }> {
  return handler ? handler() : { tables: 0 };
}
