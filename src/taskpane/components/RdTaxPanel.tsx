import { Button, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { Calculator24Regular, DocumentTable24Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { currentAsOf } from "../../core/subsidy/asOf";
import type { TaskpaneActions } from "../actions";
import { formatNumber, useI18n, type MessageKey } from "../i18n";
import { ErrorBar, InfoBar, usePaneStyles } from "./common";
import { FindingList } from "./FindingList";
import { useSheetChoice } from "./SheetChoiceDialog";
import {
  calculateRdTax,
  comparisonOf,
  emptyRdTaxDraft,
  RD_FIELDS,
  toRdTaxInput,
  type RdTaxDraft,
  type RdTaxProblem,
  type RdTaxView,
} from "./rdtaxForm";
import { readAmount } from "./subsidyForm";

export interface RdTaxPanelProps {
  actions: Pick<TaskpaneActions, "writeRdTaxSheet">;
}

type Outcome =
  | null
  | { kind: "result"; view: RdTaxView }
  | { kind: "problems"; problems: RdTaxProblem[] }
  | { kind: "error"; title: string; error: unknown };

/**
 * 研究開発税制 in the calculator tab: the amounts of this year and the three before, the rate, cap and
 * credit with their findings and sources, and a live sheet with the SME.RDTAX* formulas. The arithmetic
 * is the pure core's; only writing the sheet goes through the Excel actions.
 */
export function RdTaxPanel({ actions }: RdTaxPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [draft, setDraft] = useState<RdTaxDraft>(() => emptyRdTaxDraft(currentAsOf().date));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [written, setWritten] = useState<string | null>(null);
  const sheetChoice = useSheetChoice();
  const yen = (n: number) => t("yen", { amount: formatNumber(n, lang) });
  const update = (patch: Partial<RdTaxDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setOutcome(null);
    setWritten(null);
  };
  const prior = draft.rd.slice(1).map((x) => readAmount(x));
  const comparison = prior.every((v) => v === undefined || typeof v === "number")
    ? comparisonOf(prior as (number | undefined)[])
    : null;

  function build() {
    const r = toRdTaxInput(draft);
    if ("problems" in r) {
      setOutcome({ kind: "problems", problems: r.problems });
      return null;
    }
    return r.input;
  }

  function calculate() {
    const input = build();
    if (!input) return;
    try {
      setOutcome({ kind: "result", view: calculateRdTax(input) });
    } catch (error) {
      setOutcome({ kind: "error", title: t("rdtaxCalcFailed"), error });
    }
  }

  async function writeSheet() {
    const input = build();
    if (!input) return;
    if (!actions.writeRdTaxSheet) {
      setWritten(t("rdtaxSheetUnavailable"));
      return;
    }
    try {
      const r = await actions.writeRdTaxSheet(input, { chooseSheet: sheetChoice.choose, lang });
      setWritten(r.written ? t("rdtaxSheetWritten", { sheet: r.sheetName }) : t("rdtaxSheetDeclined"));
    } catch (error) {
      setOutcome({ kind: "error", title: t("rdtaxWriteFailed"), error });
    }
  }

  const problemText = (p: RdTaxProblem) =>
    t(
      p.kind === "date"
        ? "rdtaxInvalidDate"
        : p.kind === "ambiguous"
          ? "rdtaxAmbiguousAmount"
          : "rdtaxInvalidAmount",
      {
        field: t(p.field as MessageKey),
        value: p.value,
      },
    );

  return (
    <section className={styles.stack} aria-labelledby="rdtax-heading">
      <h2 id="rdtax-heading" className={styles.heading}>
        {t("rdtaxHeading")}
      </h2>
      <p className={styles.muted} style={{ margin: 0 }}>
        {t("rdtaxIntro")}
      </p>
      <Field label={t("rdtaxSchemeLabel")}>
        <RadioGroup
          value={draft.scheme}
          onChange={(_, d) => update({ scheme: d.value === "sme" ? "sme" : "general" })}
        >
          <Radio value="general" label={t("rdtaxSchemeGeneral")} />
          <Radio value="sme" label={t("rdtaxSchemeSme")} />
        </RadioGroup>
      </Field>
      {draft.scheme === "sme" && <InfoBar>{t("rdtaxSmeNote")}</InfoBar>}
      <Field label={t("rdtaxFiscalYearStart")}>
        <Input
          type="date"
          value={draft.fiscalYearStart}
          onChange={(_, d) => update({ fiscalYearStart: d.value })}
        />
      </Field>
      {RD_FIELDS.map((key, i) => (
        <Field key={key} label={t(key)} hint={i === 1 ? t("rdtaxPriorHint") : undefined}>
          <Input
            inputMode="numeric"
            value={draft.rd[i]}
            onChange={(_, d) =>
              update({ rd: draft.rd.map((x, k) => (k === i ? d.value : x)) as RdTaxDraft["rd"] })
            }
          />
        </Field>
      ))}
      {comparison && (
        <output aria-live="polite" data-testid="rdtax-comparison">
          {comparison.n === 0n
            ? t("rdtaxComparisonNone")
            : t("rdtaxComparison", { amount: yen(Number(comparison.n) / Number(comparison.d)) })}
        </output>
      )}
      <Field label={t("rdtaxAverageSales")}>
        <Input
          inputMode="numeric"
          value={draft.averageSales}
          onChange={(_, d) => update({ averageSales: d.value })}
        />
      </Field>
      <Field label={t("rdtaxCorporateTax")}>
        <Input
          inputMode="numeric"
          value={draft.corporateTax}
          onChange={(_, d) => update({ corporateTax: d.value })}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" icon={<Calculator24Regular />} onClick={calculate}>
          {t("rdtaxCalculate")}
        </Button>
        <Button icon={<DocumentTable24Regular />} onClick={writeSheet}>
          {t("rdtaxWriteSheet")}
        </Button>
      </div>
      {outcome?.kind === "problems" && (
        <InfoBar intent="warning">
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {outcome.problems.map((p) => (
              <li key={p.field}>{problemText(p)}</li>
            ))}
          </ul>
        </InfoBar>
      )}
      {outcome?.kind === "error" && <ErrorBar title={outcome.title} error={outcome.error} />}
      {outcome?.kind === "result" && <RdTaxResult view={outcome.view} yen={yen} />}
      {written && <InfoBar intent="success">{written}</InfoBar>}
      {sheetChoice.dialog}
    </section>
  );
}

function RdTaxResult({ view, yen }: { view: RdTaxView; yen: (n: number) => string }) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  const headline = t("rdtaxCredit", { amount: yen(view.credit) });
  return (
    <div className={styles.stack} role="region" aria-label={headline} data-testid="rdtax-result">
      <p style={{ margin: 0, fontSize: 20, fontWeight: 600 }}>{headline}</p>
      <span>{t("rdtaxRate", { rate: view.rate })}</span>
      <span>{t("rdtaxCap", { amount: yen(view.cap), rate: view.capRate })}</span>
      <span>{t("rdtaxLimit", { amount: yen(view.limit) })}</span>
      <span className={styles.muted}>
        {t("rdtaxRatios", { increase: view.increase, intensity: view.intensity })}
      </span>
      <span className={styles.muted}>{t("rdtaxPeriod", { period: view.period })}</span>
      <h3 className={styles.subheading}>{t("rdtaxFindings")}</h3>
      <FindingList
        findings={view.findings}
        heading={t("rdtaxFindings")}
        checkKey="rdtaxCheckLaw"
        testId="rdtax-finding"
      />
    </div>
  );
}
