import {
  Badge,
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Spinner,
} from "@fluentui/react-components";
import {
  Add24Regular,
  Calculator24Regular,
  Delete24Regular,
  DocumentTable24Regular,
} from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type {
  ParticipantType,
  ProgramSummary,
  SubsidyInput,
  SubsidyResult,
  TaskpaneActions,
} from "../actions";
import { formatNumber, useI18n, type MessageKey } from "../i18n";
import { ErrorBar, InfoBar, StatusBadge, usePaneStyles } from "./common";
import { useOverwriteConfirm } from "./OverwriteDialog";
import { emptyDraft, emptyMember, GOTECH_FRAMES, toSubsidyInput, type SubsidyDraft } from "./subsidyForm";

/** Common 業種 wording of the 公募要領 (中小企業基本法 categories); free text is accepted too. */
const INDUSTRIES = [
  "製造業その他",
  "卸売業",
  "小売業",
  "サービス業",
  "宿泊業・娯楽業",
  "ソフトウェア業・情報処理サービス業",
  "旅館業",
  "ゴム製品製造業",
];
const PARTICIPANT_TYPES: { value: ParticipantType; key: MessageKey }[] = [
  { value: "中小企業者等", key: "typeSme" },
  { value: "大学・公設試等", key: "typeUniversity" },
  { value: "その他", key: "typeOther" },
];
const MAX_MEMBERS = 10;

export interface SubsidyPanelProps {
  actions: Pick<TaskpaneActions, "listPrograms" | "calculate" | "writeCalculationSheet">;
}

type Outcome =
  | null
  | { kind: "busy" }
  | { kind: "result"; input: SubsidyInput; result: SubsidyResult }
  | { kind: "problems"; fields: string[] }
  | { kind: "error"; title: string; error: unknown };

export function SubsidyPanel({ actions }: SubsidyPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [programs, setPrograms] = useState<ProgramSummary[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<SubsidyDraft>(emptyDraft);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [written, setWritten] = useState<string | null>(null);
  const overwrite = useOverwriteConfirm();

  useEffect(() => {
    actions.listPrograms().then(setPrograms, (e: unknown) => {
      setPrograms([]);
      setLoadError(e);
    });
  }, [actions]);

  if (programs === null) return <Spinner size="small" label={t("loading")} />;
  const program = programs.find((p) => p.id === draft.programId);
  const yen = (n: number) => t("yen", { amount: formatNumber(n, lang) });
  const programName = (p: ProgramSummary) => (lang === "en" && p.nameEn) || p.name;
  const update = (patch: Partial<SubsidyDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setOutcome(null);
    setWritten(null);
  };
  const setMember = (i: number, patch: Partial<SubsidyDraft["members"][number]>) =>
    update({ members: draft.members.map((m, k) => (k === i ? { ...m, ...patch } : m)) });

  function build(): SubsidyInput | null {
    if (!program) return null;
    const r = toSubsidyInput(draft, program, (field, member, year) =>
      t(field as MessageKey, { n: member ?? "", year: year ?? "" }),
    );
    if ("problems" in r) {
      setOutcome({ kind: "problems", fields: r.problems });
      return null;
    }
    return r.input;
  }

  async function calculate() {
    const input = build();
    if (!input) return;
    setOutcome({ kind: "busy" });
    try {
      setOutcome({ kind: "result", input, result: await actions.calculate(input) });
    } catch (error) {
      setOutcome({ kind: "error", title: t("calculateFailed"), error });
    }
  }

  async function writeSheet() {
    const input = build();
    if (!input) return;
    try {
      const r = await actions.writeCalculationSheet(input, { confirmOverwrite: overwrite.confirm });
      setWritten(r.written ? t("sheetWritten", { sheet: r.sheetName }) : t("sheetDeclined"));
    } catch (error) {
      setOutcome({ kind: "error", title: t("writeFailed"), error });
    }
  }

  return (
    <section className={styles.stack} aria-labelledby="subsidy-heading">
      <h2 id="subsidy-heading" className={styles.heading}>
        {t("subsidyHeading")}
      </h2>
      {loadError !== null && <ErrorBar title={t("errorTitle")} error={loadError} />}
      {programs.length === 0 && loadError === null && <InfoBar>{t("noPrograms")}</InfoBar>}
      <Field label={t("programLabel")}>
        <Dropdown
          placeholder={t("programPlaceholder")}
          value={program ? programName(program) : ""}
          selectedOptions={program ? [program.id] : []}
          onOptionSelect={(_, d) => {
            const next = programs.find((p) => p.id === d.optionValue);
            update({
              programId: d.optionValue ?? "",
              frame: next?.frames?.[0] ?? GOTECH_FRAMES[0],
              flags: [],
            });
          }}
        >
          {programs.map((p) => (
            <Option key={p.id} value={p.id} text={programName(p)}>
              {programName(p)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {program && (
        <div className={`${styles.row} ${styles.muted}`}>
          <span>{program.id}</span>
          <StatusBadge status={program.status} />
          {program.source && <span>{t("findingSource", { source: program.source })}</span>}
        </div>
      )}

      {program?.kind === "gotech" && (
        <>
          <Field label={t("frameLabel")}>
            <RadioGroup
              layout="horizontal"
              value={draft.frame}
              onChange={(_, d) => update({ frame: d.value })}
            >
              {(program.frames ?? GOTECH_FRAMES).map((f) => (
                <Radio key={f} value={f} label={f} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t("yearsLabel")}>
            <Dropdown
              value={String(draft.years)}
              selectedOptions={[String(draft.years)]}
              onOptionSelect={(_, d) => {
                const years = Number(d.optionValue);
                update({
                  years,
                  members: draft.members.map((m) => ({
                    ...m,
                    costs: Array.from({ length: years }, (_, y) => m.costs[y] ?? ""),
                  })),
                });
              }}
            >
              {["1", "2", "3"].map((y) => (
                <Option key={y} value={y}>
                  {y}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {draft.frame === "出資獲得枠" && (
            <Field label={t("plannedInvestmentLabel")}>
              <Input
                inputMode="numeric"
                value={draft.plannedInvestment}
                onChange={(_, d) => update({ plannedInvestment: d.value })}
              />
            </Field>
          )}
          <h3 className={styles.subheading}>{t("membersHeading")}</h3>
          <ol className={styles.list}>
            {draft.members.map((m, i) => (
              <li
                key={i}
                className={styles.stack}
                style={{ gap: 4 }}
                role="group"
                aria-label={t("memberLabel", { n: i + 1 })}
              >
                <div className={styles.row}>
                  <Field label={t("memberName", { n: i + 1 })} style={{ flex: "1 1 140px" }}>
                    <Input value={m.name} onChange={(_, d) => setMember(i, { name: d.value })} />
                  </Field>
                  <Field label={t("memberType", { n: i + 1 })} style={{ flex: "1 1 140px" }}>
                    <Dropdown
                      value={t(PARTICIPANT_TYPES.find((p) => p.value === m.type)?.key ?? "typeOther")}
                      selectedOptions={[m.type]}
                      onOptionSelect={(_, d) =>
                        setMember(i, { type: (d.optionValue as ParticipantType) ?? "中小企業者等" })
                      }
                    >
                      {PARTICIPANT_TYPES.map((p) => (
                        <Option key={p.value} value={p.value}>
                          {t(p.key)}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                </div>
                <div className={styles.row}>
                  {m.costs.map((c, y) => (
                    <Field
                      key={y}
                      label={t("memberCost", { n: i + 1, year: y + 1 })}
                      style={{ flex: "1 1 120px" }}
                    >
                      <Input
                        inputMode="numeric"
                        value={c}
                        onChange={(_, d) =>
                          setMember(i, { costs: m.costs.map((x, k) => (k === y ? d.value : x)) })
                        }
                      />
                    </Field>
                  ))}
                </div>
                {m.type === "中小企業者等" && (
                  <Field label={t("memberIncome", { n: i + 1 })}>
                    <Input
                      inputMode="numeric"
                      value={m.taxableIncome}
                      onChange={(_, d) => setMember(i, { taxableIncome: d.value })}
                    />
                  </Field>
                )}
                {draft.members.length > 1 && (
                  <div className={styles.row}>
                    <Button
                      size="small"
                      icon={<Delete24Regular />}
                      onClick={() => update({ members: draft.members.filter((_, k) => k !== i) })}
                    >
                      {t("removeMember", { n: i + 1 })}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ol>
          <div className={styles.row}>
            <Button
              icon={<Add24Regular />}
              disabled={draft.members.length >= MAX_MEMBERS}
              onClick={() => update({ members: [...draft.members, emptyMember(draft.years)] })}
            >
              {t("addMember")}
            </Button>
          </div>
        </>
      )}

      {program?.kind === "grant" && (
        <>
          <h3 className={styles.subheading}>{t("applicantHeading")}</h3>
          <Field label={t("industryLabel")}>
            <Combobox
              freeform
              value={draft.industry}
              onChange={(e) => update({ industry: e.target.value })}
              onOptionSelect={(_, d) => update({ industry: d.optionText ?? "" })}
            >
              {INDUSTRIES.map((i) => (
                <Option key={i}>{i}</Option>
              ))}
            </Combobox>
          </Field>
          <div className={styles.row}>
            <Field label={t("capitalLabel")} style={{ flex: "1 1 140px" }}>
              <Input
                inputMode="numeric"
                value={draft.capital}
                onChange={(_, d) => update({ capital: d.value })}
              />
            </Field>
            <Field label={t("employeesLabel")} style={{ flex: "1 1 100px" }}>
              <Input
                inputMode="numeric"
                value={draft.employees}
                onChange={(_, d) => update({ employees: d.value })}
              />
            </Field>
          </div>
          <Field label={t("eligibleCostLabel")}>
            <Input
              inputMode="numeric"
              value={draft.eligibleCost}
              onChange={(_, d) => update({ eligibleCost: d.value })}
            />
          </Field>
          {program.flags.length > 0 && (
            <fieldset className={styles.row} style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>{t("flagsLabel")}</legend>
              {program.flags.map((f) => (
                <Checkbox
                  key={f}
                  label={f}
                  checked={draft.flags.includes(f)}
                  onChange={(_, d) =>
                    update({ flags: d.checked ? [...draft.flags, f] : draft.flags.filter((x) => x !== f) })
                  }
                />
              ))}
            </fieldset>
          )}
        </>
      )}

      {program && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={<Calculator24Regular />}
            disabled={outcome?.kind === "busy"}
            onClick={calculate}
          >
            {t("calculate")}
          </Button>
          <Button icon={<DocumentTable24Regular />} onClick={writeSheet}>
            {t("writeSheet")}
          </Button>
        </div>
      )}
      {outcome?.kind === "busy" && <Spinner size="small" label={t("calculating")} />}
      {outcome?.kind === "problems" && (
        <InfoBar intent="warning">
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {outcome.fields.map((f) => (
              <li key={f}>{t("invalidAmount", { field: f })}</li>
            ))}
          </ul>
        </InfoBar>
      )}
      {outcome?.kind === "error" && <ErrorBar title={outcome.title} error={outcome.error} />}
      {outcome?.kind === "result" && <SubsidyResultView result={outcome.result} yen={yen} />}
      {written && <InfoBar intent="success">{written}</InfoBar>}
      {overwrite.dialog}
    </section>
  );
}

function SubsidyResultView({ result, yen }: { result: SubsidyResult; yen: (n: number) => string }) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const ref = useRef<HTMLDivElement>(null);
  // The result appears below a long form: bring it into view, or the user sees nothing happen.
  useEffect(() => ref.current?.scrollIntoView?.({ block: "start" }), [result]);
  return (
    <div
      ref={ref}
      className={styles.stack}
      data-testid="subsidy-result"
      role="region"
      aria-label={t("resultTotal", { amount: yen(result.total) })}
    >
      <p style={{ margin: 0, fontSize: 20, fontWeight: 600 }}>
        {t("resultTotal", { amount: yen(result.total) })}
      </p>
      {result.perYear && (
        <ul className={styles.list} style={{ gap: 2 }}>
          {result.perYear.map((v, y) => (
            <li key={y}>{t("resultPerYear", { year: y + 1, amount: yen(v) })}</li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        {result.cap !== undefined && <span>{t("resultCap", { amount: yen(result.cap) })}</span>}
        {result.rate && <span>{t("resultRate", { rate: result.rate })}</span>}
      </div>
      <h3 className={styles.subheading}>{t("findingsHeading")}</h3>
      <ul className={styles.list} aria-label={t("findingsHeading")}>
        {result.findings.map((f, i) => (
          <li key={`${f.code}-${i}`} data-testid="finding" className={styles.stack} style={{ gap: 2 }}>
            <div className={styles.row}>
              <Badge
                appearance="filled"
                color={
                  f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"
                }
              >
                {f.code}
              </Badge>
              <span>{(lang === "en" && f.messageEn) || f.message}</span>
            </div>
            <div className={`${styles.row} ${styles.muted}`}>
              {f.source && <span>{t("findingSource", { source: f.source })}</span>}
              <StatusBadge status={f.status} />
              {f.status !== "verified" && <strong>{t("checkGuidelines")}</strong>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
