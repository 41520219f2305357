/**
 * The attribution OECD asks for its data. OECD data are under CC BY 4.0 (OECD, "Terms and conditions",
 * https://www.oecd.org/en/about/terms-conditions.html, in force from 2024-07-01; OECD Open Access Policy:
 * CC BY 4.0 is the default licence of content published from 1 July 2024), and OECD data "should be cited
 * as follows: OECD (year), (dataset name), (data source) DOI or https://data-explorer.oecd.org/ (accessed
 * on (date))". `retrievedAt` is the ISO time of the download; its date is the access date.
 */
export function oecdCredit(datasetName: string, retrievedAt: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(retrievedAt)?.[0];
  const year = day?.slice(0, 4) ?? "n.d.";
  const accessed = day ? ` (accessed on ${day})` : "";
  return `OECD (${year}), ${datasetName || "OECD data"}, OECD Data Explorer, https://data-explorer.oecd.org/${accessed}. Licence: CC BY 4.0 (OECD Terms and Conditions, https://www.oecd.org/en/about/terms-conditions.html)`;
}
