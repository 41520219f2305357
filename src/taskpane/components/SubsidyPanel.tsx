import {
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
import { useEffect, useState } from "react";
import type {
  ParticipantType,
  ProgramSummary,
  SubsidyInput,
  SubsidyResult,
  TaskpaneActions,
} from "../actions";
import { formatNumber, useI18n, type MessageKey } from "../i18n";
import { ErrorBar, InfoBar, StatusBadge, usePaneStyles } from "./common";
import { RoundPicker } from "./RoundPicker";
import { useSheetChoice } from "./SheetChoiceDialog";
import { SubsidyResultView } from "./SubsidyResultView";
import {
  emptyDraft,
  emptyMember,
  GOTECH_FRAMES,
  toSubsidyInput,
  type FieldProblem,
  type SubsidyDraft,
} from "./subsidyForm";

/**
 * 業種 the engine knows (data/sme-definitions.json), in the words of 中小企業基本法 第2条: its first
 * category is 「製造業、建設業、運輸業その他の業種」, so those are offered one by one. Free text is
 * accepted too, including the old shorthand 「製造業その他」 that earlier versions offered.
 */
const INDUSTRIES: { value: string; key: MessageKey }[] = [
  { value: "製造業", key: "industryManufacturing" },
  { value: "建設業", key: "industryConstruction" },
  { value: "運輸業", key: "industryTransport" },
  { value: "卸売業", key: "industryWholesale" },
  { value: "小売業", key: "industryRetail" },
  { value: "サービス業", key: "industryServices" },
  { value: "宿泊業", key: "industryAccommodation" },
  { value: "旅館業", key: "industryRyokan" },
  { value: "娯楽業", key: "industryAmusement" },
  { value: "ソフトウェア業・情報処理サービス業", key: "industrySoftware" },
  { value: "ゴム製品製造業", key: "industryRubber" },
  { value: "その他", key: "industryOther" },
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
  | { kind: "problems"; fields: FieldProblem[] }
  | { kind: "error"; title: string; error: unknown };

export function SubsidyPanel({ actions }: SubsidyPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [programs, setPrograms] = useState<ProgramSummary[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<SubsidyDraft>(emptyDraft);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [written, setWritten] = useState<string | null>(null);
  const sheetChoice = useSheetChoice();

  useEffect(() => {
    actions.listPrograms().then(setPrograms, (e: unknown) => {
      setPrograms([]);
      setLoadError(e);
    });
  }, [actions]);

  if (programs === null) return <Spinner size="small" label={t("loading")} />;
  const program = programs.find((p) => p.id === draft.programId);
  const yen = (n: number) => t("yen", { amount: formatNumber(n, lang) });
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
      const r = await actions.writeCalculationSheet(input, { chooseSheet: sheetChoice.choose, lang });
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
      <RoundPicker
        programs={programs}
        program={program}
        onSelect={(programId) => {
          const next = programs.find((p) => p.id === programId);
          update({
            programId,
            frame: next?.frames?.includes(draft.frame)
              ? draft.frame
              : (next?.frames?.[0] ?? GOTECH_FRAMES[0]),
            flags: next?.kind === "grant" && program?.kind === "grant" ? draft.flags : [],
          });
        }}
      />
      {program && (
        <div className={`${styles.row} ${styles.muted}`}>
          <span>{program.id}</span>
          <StatusBadge status={program.status} />
          {/* Sources end in long URLs with no break opportunity: without this the 320 px pane scrolled sideways. */}
          {program.source && (
            <span className={styles.message}>{t("findingSource", { source: program.source })}</span>
          )}
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
              // Typing over a chosen option makes Fluent clear the selection (optionValue undefined):
              // the typed text, already taken by onChange, is what counts then.
              onOptionSelect={(_, d) => d.optionValue !== undefined && update({ industry: d.optionValue })}
            >
              {INDUSTRIES.map((i) => (
                <Option key={i.value} value={i.value}>
                  {t(i.key)}
                </Option>
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
              <li key={f.field}>
                {t(
                  f.kind === "count"
                    ? "invalidCount"
                    : f.kind === "ambiguous"
                      ? "ambiguousAmount"
                      : "invalidAmount",
                  { field: f.field, value: f.value },
                )}
              </li>
            ))}
          </ul>
        </InfoBar>
      )}
      {outcome?.kind === "error" && <ErrorBar title={outcome.title} error={outcome.error} />}
      {outcome?.kind === "result" && <SubsidyResultView result={outcome.result} yen={yen} />}
      {written && <InfoBar intent="success">{written}</InfoBar>}
      {sheetChoice.dialog}
    </section>
  );
}
