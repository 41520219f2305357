import type { dataFormulasJa } from "./messages.ja";

export const dataFormulasEn: Record<keyof typeof dataFormulasJa, string> = {
  DATA_NO_APP_ID:
    "No e-Stat application ID is set and this table is not cached. Register the application ID under Settings in the task pane, then run “Refresh formulas” (table {id}).",
  DATA_BAD_ID: "“{value}” is not a valid table ID (letters, digits, _ and -, at most 32, e.g. 0003425893).",
  DATA_BAD_FILTER:
    "Cannot read the filter “{part}”. Write parameter=value pairs separated by ; such as cdCat01=A1101,A1102;cdTimeFrom=2015000000, or give a two-column range of parameter and value (names: lv/cd/cd…From/cd…To with Tab, Time, Area, Cat01–Cat15).",
  DATA_BAD_CODE: "The code “{code}” is not allowed (letters, digits, _ . - only, at most 32 characters).",
  DATA_TOO_MANY_CODES:
    "Too many codes: e-Stat would need {requests} requests (at most {max}; one per 100 codes of a dimension). Use fewer codes or a cd…From / cd…To range.",
  DATA_BAD_SELECTOR:
    "Cannot read “{selector}” as a dimension selector. Give one dimension=code per argument, such as cat01=A1101, area=13000, time=2020000000.",
  DATA_DUPLICATE_SELECTOR: "The dimension “{dimension}” is given twice ({a} and {b}).",
  DATA_CODE_NOT_IN_TABLE:
    "Table {id} has no code “{code}” in dimension {dimension} (codes it has, e.g.: {examples}).",
  DATA_VALUE_NOT_FOUND: "Table {id} has no value for {selection}.",
  DATA_VALUE_AMBIGUOUS:
    "{count} values of table {id} match {selection}. Also give a code for dimension {dimensions}.",
  DATA_VALUE_MARKED: "This value is the marker “{marker}” ({meaning}); there is no number ({selection}).",
  DATA_VALUE_MISSING: "This value is blank (no number and no marker: {selection}).",
  DATA_EMPTY: "No data matches the query ({id}). Check the filters and the period.",
  DATA_BAD_LAYOUT: "The layout “{value}” is not available. Use long or wide.",
  DATA_BAD_OPTION:
    "Cannot read the option “{part}” (names: labels=label|code|both, lang=ja|en, rows=dim,…, cols=dim, hierarchy=none|level|indent, header=TRUE|FALSE).",
  DATA_TOO_MANY_ROWS:
    "The result has {rows} rows and does not fit on a sheet (at most {max}). Narrow the query.",
  DATA_SOURCE_UNKNOWN:
    "Unknown source ({value}). Point at a cell with an SME.ESTAT, SME.ESTATVALUE, SME.OECD or SME.INDICATOR formula, or give a table ID, dataflow or series ID.",
};
