export {
  CITATION_STATUSES,
  citationName,
  distinctCitations,
  formatCitation,
  statusPhrase,
  weakestCitationStatus,
} from "./citation";
export type { Citation, CitationStatus, OfficialDocument } from "./citation";
export { OFFICIAL_HOST_SUFFIXES, hostOf, isOfficialUrl } from "./officialHosts";
