import { Badge, Dropdown, Field, Option } from "@fluentui/react-components";
import type { ProgramSummary, RoundStatusKind } from "../actions";
import { useI18n, type MessageKey } from "../i18n";
import { usePaneStyles } from "./common";

const STATUS_KEY: Record<RoundStatusKind, MessageKey> = {
  open: "roundOpen",
  closed: "roundClosed",
  upcoming: "roundUpcoming",
  unknown: "roundUnknown",
};

const familyOf = (p: ProgramSummary) => p.family ?? p.id;

/** The round to preselect in a family: the one the family means today, else the last listed. */
export function defaultRound(
  programs: readonly ProgramSummary[],
  family: string,
): ProgramSummary | undefined {
  const rounds = programs.filter((p) => familyOf(p) === family);
  return rounds.find((p) => p.current) ?? rounds[rounds.length - 1];
}

export interface RoundPickerProps {
  programs: readonly ProgramSummary[];
  program: ProgramSummary | undefined;
  onSelect: (programId: string) => void;
}

/**
 * Two pickers: the programme family (ものづくり 高付加価値化枠, 省力化 一般型 …) and its rounds, with the
 * chosen round's 公募期間 (Japan time) and a badge 受付中 / 締切済 / 公募前.
 */
export function RoundPicker({ programs, program, onSelect }: RoundPickerProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const families: { key: string; name: string }[] = [];
  for (const p of programs) {
    const key = familyOf(p);
    if (families.some((f) => f.key === key)) continue;
    const name = (lang === "en" && (p.familyNameEn || p.nameEn)) || p.familyName || p.name;
    families.push({ key, name });
  }
  const family = program ? families.find((f) => f.key === familyOf(program)) : undefined;
  const rounds = program ? programs.filter((p) => familyOf(p) === familyOf(program)) : [];
  const roundName = (p: ProgramSummary) => p.round ?? p.id;
  return (
    <>
      <Field label={t("programLabel")}>
        <Dropdown
          placeholder={t("programPlaceholder")}
          value={family?.name ?? ""}
          selectedOptions={family ? [family.key] : []}
          onOptionSelect={(_, d) => {
            const next = d.optionValue ? defaultRound(programs, d.optionValue) : undefined;
            if (next) onSelect(next.id);
          }}
        >
          {families.map((f) => (
            <Option key={f.key} value={f.key} text={f.name}>
              {f.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {program?.family !== undefined && (
        <Field label={t("roundLabel")}>
          <Dropdown
            value={roundName(program)}
            selectedOptions={[program.id]}
            onOptionSelect={(_, d) => d.optionValue && onSelect(d.optionValue)}
          >
            {rounds.map((p) => (
              <Option key={p.id} value={p.id} text={roundName(p)}>
                {roundName(p)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {program && (program.period !== undefined || program.roundStatus !== undefined) && (
        <div className={`${styles.row} ${styles.muted}`} role="group" aria-label={t("roundInfo")}>
          {program.round && <span>{program.round}</span>}
          {program.period && <span>{t("roundPeriod", { period: program.period })}</span>}
          {program.roundStatus && (
            <Badge
              appearance="tint"
              color={
                program.roundStatus === "open"
                  ? "success"
                  : program.roundStatus === "upcoming"
                    ? "informative"
                    : "subtle"
              }
            >
              {t(STATUS_KEY[program.roundStatus])}
            </Badge>
          )}
        </div>
      )}
    </>
  );
}
