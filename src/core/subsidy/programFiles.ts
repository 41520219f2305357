// The programme files, from the generated static-import index (scripts/gen-data-index.mjs, run by
// `npm run build`), so a new round is a new JSON file in data/programs and no code change.
// registry.test.ts fails when the index is stale.
import { PROGRAM_FILE_NAMES, PROGRAM_FILES } from "./programIndex.generated";

export const programFiles: readonly { name: string; data: unknown }[] = PROGRAM_FILE_NAMES.map((name, i) => ({
  name,
  data: PROGRAM_FILES[i],
}));
