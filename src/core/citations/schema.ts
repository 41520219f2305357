// zod shapes shared by the data files that cite official documents (data/indicators, data/sme-definitions.json).
// Used by tests and build checks only; the runtime imports types, so zod stays out of the bundles.
import { z } from "zod";
import { CITATION_STATUSES } from "./citation";
import { isOfficialUrl } from "./officialHosts";

export const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
export const citationStatusSchema = z.enum(CITATION_STATUSES);

/** An official document: its URL must be on an official host (officialHosts.ts). */
export const officialDocumentSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  section: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).refine(isOfficialUrl, "source.url must be on an official host"),
  date: date.optional(),
});

/** Where the team read a value: any page; `kind` says whether it is the official text, an official summary or not. */
export const checkedPageSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(["official-text", "official-summary", "secondary"]),
  note: z.string().min(1).optional(),
});

/** A rule's or figure's source: a key of the file's `documents`, and the section when the document's own is not it. */
export const sourceRefSchema = z.strictObject({
  doc: z.string().min(1),
  section: z.string().min(1).optional(),
});
