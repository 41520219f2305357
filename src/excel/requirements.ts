// Members above the manifest's minimum requirement sets (manifest.xml <Requirements>) are used only behind
// these checks, each with a fallback; test/unit/apiSets.test.ts finds every Office.js member the add-in uses
// and fails on an unguarded one. Microsoft: "Check for API availability at runtime"
// (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
// Outside Office (no Office global: Node tests, the playground) every set counts as supported; tests and the
// playground emulate an older host with emulateHostRequirementSets (src/playground/excel-fake/requirements.ts).

/** Office.context.requirements.isSetSupported(name, version), or true when there is no Office host. */
export function isSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return true;
  return requirements.isSetSupported(name, version);
}

/** isSetSupported("ExcelApi", version). */
export function isApiSupported(version: string): boolean {
  return isSetSupported("ExcelApi", version);
}
