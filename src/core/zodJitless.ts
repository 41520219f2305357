// Loaded first by every page entry (webpack.config.js). zod 4 compiles object parsers with `new Function`
// unless told not to, and probes for it with `new Function("")` on the first parse: under the pages' CSP
// (no 'unsafe-eval') that probe is refused and reported as a securitypolicyviolation on every load.
// jitless parsing is the interpreter path; our data files are parsed once, so speed does not matter.
import { z } from "zod";

z.config({ jitless: true });
