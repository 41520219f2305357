// Cross-checks inside the frames of a programme file: flags declared and listed, conditions,
// band tables, the last rate unconditional, Go-Tech total caps for every project length.
import type { CappedProgram, GoTechProgram, ProgramFile } from "./schema";

function cappedChecks(p: CappedProgram): string[] {
  const errors: string[] = [];
  const flags = new Set(p.flags.map((f) => f.id));
  for (const f of p.frames) {
    const where = `${p.code}:${f.id}`;
    const known = new Set(f.flags);
    const need = (flag: string, what: string) => {
      if (!flags.has(flag)) errors.push(`${where}: ${what} names flag "${flag}" not declared in flags`);
      else if (!known.has(flag))
        errors.push(`${where}: ${what} names flag "${flag}" not listed in the frame's flags`);
    };
    f.flags.forEach((flag) => need(flag, "flags"));
    if (f.smallBusiness) need(f.smallBusiness.flag, "smallBusiness");
    f.requires.forEach((r) => need(r.flag, "requires"));
    (f.exclusiveFlags ?? []).forEach((x) => x.flags.forEach((flag) => need(flag, "exclusiveFlags")));
    const conds = [
      ...f.capAdjustments.map((a) => a.when),
      ...f.rates.flatMap((r) => (r.when ? [r.when] : [])),
    ];
    for (const c of conds)
      [...(c.allOf ?? []), ...(c.anyOf ?? [])].forEach((flag) => need(flag, "a condition"));
    if (f.rates[f.rates.length - 1].when !== undefined)
      errors.push(`${where}: the last rate must have no condition`);
    const bands = f.employeeBands?.bands ?? [];
    bands.forEach((b, i) => {
      const last = i === bands.length - 1;
      if (last !== (b.maxEmployees === null))
        errors.push(`${where}: only the last band is open-ended (${b.id})`);
      if (i > 0 && b.maxEmployees !== null && b.maxEmployees <= (bands[i - 1].maxEmployees ?? Infinity)) {
        errors.push(`${where}: bands must increase (${b.id})`);
      }
    });
    const bandIds = bands.map((b) => b.id).sort();
    for (const byBand of [f.cap.byBand, ...f.capAdjustments.map((a) => a.byBand)]) {
      if (byBand === undefined) continue;
      if (JSON.stringify(Object.keys(byBand).sort()) !== JSON.stringify(bandIds)) {
        errors.push(`${where}: byBand keys must be exactly the employee bands (${bandIds.join(", ")})`);
      }
    }
  }
  return errors;
}

function goTechChecks(p: GoTechProgram): string[] {
  const errors: string[] = [];
  for (const f of p.frames) {
    const years = f.totalCaps.map((c) => c.years);
    for (let y = p.projectYears.min; y <= p.projectYears.max; y++) {
      if (!years.includes(y)) errors.push(`${p.code}:${f.id}: no total cap for a ${y}-year project`);
    }
  }
  if (!p.participantTypes.some((t) => t.role === "sme"))
    errors.push(`${p.code}: no participant type with role sme`);
  return errors;
}

export function frameChecks(p: ProgramFile): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const f of p.frames) {
    if (ids.has(f.id)) errors.push(`${p.code}: frame ${f.id} appears twice`);
    ids.add(f.id);
  }
  return [...errors, ...(p.kind === "capped" ? cappedChecks(p) : goTechChecks(p))];
}
