import { emulateHostRequirementSets } from "../playground/excel-fake";
import { isApiSupported, isSetSupported } from "./requirements";

describe("requirement-set checks", () => {
  it("count every set as supported outside Office (Node, the playground without ?host=)", () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    expect(isApiSupported("1.13")).toBe(true);
    expect(isSetSupported("CustomFunctionsRuntime", "1.4")).toBe(true);
  });

  it("answer from Office.context.requirements when a host (here an emulated ExcelApi 1.12 one) is present", () => {
    const restore = emulateHostRequirementSets({ ExcelApi: "1.12", SharedRuntime: "1.1" });
    try {
      expect(isApiSupported("1.7")).toBe(true);
      expect(isApiSupported("1.12")).toBe(true);
      expect(isApiSupported("1.13")).toBe(false);
      expect(isSetSupported("SharedRuntime", "1.1")).toBe(true);
      expect(isSetSupported("SharedRuntime", "1.2")).toBe(false);
      expect(isSetSupported("CustomFunctionsRuntime", "1.1")).toBe(false);
    } finally {
      restore();
    }
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    expect(isApiSupported("1.13")).toBe(true);
  });
});
