// Optional API calls are guarded by requirement sets. Outside Office (the playground, tests) there is no
// Office global and the fake accepts every call.
export function isApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return true;
  return requirements.isSetSupported("ExcelApi", version);
}
