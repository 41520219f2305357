// Imported first by every module that parses with zod in a page (today src/excel/storedQueries.ts; the data
// files are validated by the build, not at run time). zod 4 compiles object parsers with `new Function`
// unless told not to, and probes for it with `new Function("")` on the first parse: under the pages' CSP
// (no 'unsafe-eval') that probe is refused and reported as a securitypolicyviolation on every load.
// jitless parsing is the interpreter path; our data files are parsed once, so speed does not matter.
import { z } from "zod";

z.config({ jitless: true });
