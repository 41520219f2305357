// Build and test check of the cited data files other than data/programs: the offline pack and the SME
// definitions. Returns messages; an empty list means the files are good. (zod lives here, never at runtime.)
import { smeDefinitionsSchema } from "../measures/smeDefinitions.schema";
import { checkPack, indicatorSeriesSchema, type IndicatorSeries } from "../indicators/schema";

export function validateCitedData(
  pack: readonly { name: string; data: unknown }[],
  smeDefinitions: unknown,
): string[] {
  const errors: string[] = [];
  const series: IndicatorSeries[] = [];
  for (const { name, data } of pack) {
    const r = indicatorSeriesSchema.safeParse(data);
    if (r.success) series.push(r.data);
    else
      for (const i of r.error.issues)
        errors.push(`data/indicators/${name}: ${i.path.join(".")}: ${i.message}`);
  }
  errors.push(...checkPack(series).map((e) => `data/indicators: ${e}`));
  const d = smeDefinitionsSchema.safeParse(smeDefinitions);
  if (!d.success)
    for (const i of d.error.issues)
      errors.push(`data/sme-definitions.json: ${i.path.join(".")}: ${i.message}`);
  return errors;
}
