// English user messages for src/core/rdtax errors and findings.
export const rdtaxEn = {
  RDTAX_SCHEME_UNKNOWN: "Scheme '{value}' is not known. Use one of: {accepted}",
  RDTAX_PERIOD_UNKNOWN:
    "No R&D tax credit data for a fiscal year starting {value} (covered fiscal-year starts: {range}).",
  RDTAX_FY_INVALID:
    "fiscal_year_start '{value}' is not a date: give an Excel date or text such as 2025-04-01.",
  RDTAX_RATIO_INVALID: "Argument '{arg}': ratio '{value}' is not usable. Give a number such as 0.12 (12 %).",
  RDTAX_PERIOD: "Law applied: {law} ({label}, fiscal year starting {date})",
  RDTAX_PERIOD_ASSUMED: "Parts of this period's rules are not verified; computed on an assumption: {note}",
  RDTAX_FY_DEFAULTED:
    "The fiscal-year start is blank: computed for the April-start fiscal year containing today (starting {date}). Give it when your year does not end in March.",
  RDTAX_SCHEME: "Scheme: {scheme}",
  RDTAX_ELIGIBILITY: "{text}",
  RDTAX_RATIOS: "Comparison R&D ¥{comparison}, increase ratio {increase}, R&D-to-sales ratio {intensity}",
  RDTAX_ZERO_COMPARISON:
    "No comparison R&D expenses (or a founding year): the rate is {rate} (the increase ratio is not used).",
  RDTAX_RATE: "Credit rate {rate} ({formula}; floored to three decimals)",
  RDTAX_RATE_FLOOR: "The credit rate is at its floor {floor} (increase ratio {increase}).",
  RDTAX_RATE_CAP: "The credit rate is at its cap {cap} (computed {exact}).",
  RDTAX_INCREASE_SPECIAL:
    "Special rule: the increase ratio {increase} is above {pivot}, so the rate is raised (cap {cap}).",
  RDTAX_INTENSITY_BONUS:
    "Special rule: the R&D-to-sales ratio {intensity} is above 10 %, so the rate is raised by the bonus ratio {bonus} (rate × (1 + bonus)).",
  RDTAX_NO_SALES:
    "Average sales are blank: the R&D-intensity additions to the rate and the cap are not computed.",
  RDTAX_CAP: "Cap ¥{cap} = corporate tax ¥{tax} × {capRate} (base {base}{adjustment})",
  RDTAX_CAP_VARIABLE_ADD: ", plus {add} for the increase ratio",
  RDTAX_CAP_VARIABLE_REDUCE: ", minus {add} for the decrease",
  RDTAX_CAP_INCREASE_ADD: ", plus {add} for an increase above {threshold}",
  RDTAX_CAP_INTENSITY_ADD: ", plus {add} for an R&D-to-sales ratio above 10 %",
  RDTAX_CAP_BINDS:
    "The credit before the cap, ¥{limit} (R&D × rate), exceeds the cap ¥{cap}: the credit is ¥{cap}.",
  RDTAX_CREDIT: "Credit ¥{credit} = min(R&D ¥{rd} × {rate} = ¥{limit}, cap ¥{cap}) (floored to the yen)",
  RDTAX_NO_TAX: "Corporate tax before credits is 0: the credit is ¥0.",
  RDTAX_CAP_COMBINE: "How the additions combine: {text}",
  RDTAX_NOT_MODELLED: "Not computed: {text}",
};
