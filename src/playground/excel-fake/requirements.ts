// Emulates an older Excel host: which requirement sets `Office.context.requirements.isSetSupported`
// answers true for, and members above them failing with ApiNotFound at sync, as in a host whose
// Excel build lacks them (Microsoft, "Check for API availability at runtime":
// https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
// Without an emulation every set is supported, as before.
import { FakeExcelError } from "./errors";

/** The highest version the emulated host supports, per requirement set; a set not listed is unsupported. */
export type HostRequirementSets = Record<string, string>;

let current: HostRequirementSets | null = null;

function compare(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** What the emulated host answers for isSetSupported(name, version). */
export function hostSupports(name: string, version = "1.1"): boolean {
  if (!current) return true;
  const max = current[name];
  return max !== undefined && compare(version, max) <= 0;
}

/** Thrown at sync by a member the emulated host does not have. */
export function requireApi(name: string, version: string, member: string): void {
  if (hostSupports(name, version)) return;
  throw new FakeExcelError(
    "ApiNotFound",
    `The requested API could not be found. (${member} needs ${name} ${version}; this host supports ${current?.[name] ?? "none"})`,
  );
}

type OfficeLike = {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
};

/**
 * Makes the fake (and `Office.context.requirements.isSetSupported`, which the add-in reads) behave as
 * a host supporting only `sets`, e.g. `{ ExcelApi: "1.12", SharedRuntime: "1.1" }`. Outside Office a
 * minimal `Office` global is installed. Returns a function that undoes it; `null` restores "everything".
 */
export function emulateHostRequirementSets(sets: HostRequirementSets | null): () => void {
  const g = globalThis as { Office?: OfficeLike };
  const hadOffice = Object.prototype.hasOwnProperty.call(g, "Office");
  const previousOffice = g.Office;
  const previousSets = current;
  current = sets ? { ...sets } : null;
  if (sets) {
    const requirements = { isSetSupported: (name: string, version?: string) => hostSupports(name, version) };
    g.Office = { ...(previousOffice ?? {}), context: { ...(previousOffice?.context ?? {}), requirements } };
  }
  return () => {
    current = previousSets;
    if (hadOffice) g.Office = previousOffice;
    else delete g.Office;
  };
}
