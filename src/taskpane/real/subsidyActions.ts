import {
  acceptedFlags,
  computeGoTech,
  computeGrant,
  listPrograms,
  type ProgramSummary as CoreSummary,
} from "../../core/subsidy";
import { writeCalculationSheet } from "../../excel/calculationSheet";
import type { ExcelRun } from "../../excel/types";
import { calculationCells } from "./calculationCells";
import { paneFinding } from "../paneFinding";
import type { ProgramSummary, SubsidyResult, TaskpaneActions } from "../actions";

type SubsidyActions = Pick<TaskpaneActions, "listPrograms" | "calculate" | "writeCalculationSheet">;

function roundFields(p: CoreSummary): Pick<ProgramSummary, "period" | "roundStatus" | "current"> {
  return { period: p.period, roundStatus: p.roundStatus, current: p.current };
}

/** The pane's programme list: Go-Tech frames of one round grouped under the round, grant frames one by one. */
export function programSummaries(): ProgramSummary[] {
  const out: ProgramSummary[] = [];
  const gotech = new Map<string, ProgramSummary>();
  for (const p of listPrograms()) {
    if (p.kind === "gotech") {
      const g = gotech.get(p.round);
      // current follows the round's first frame (通常枠): a frame only one round has (大型研究開発枠)
      // would otherwise make that round current too.
      if (g) g.frames!.push(p.frameNameJa);
      else {
        const entry: ProgramSummary = {
          id: p.id,
          name: `${p.nameJa}（${p.round}）`,
          nameEn: `${p.nameEn} (${p.round})`,
          kind: "gotech",
          round: p.round,
          frames: [p.frameNameJa],
          flags: [],
          source: p.source,
          status: p.status,
          ...roundFields(p),
          family: "GOTECH",
          familyName: p.nameJa,
          familyNameEn: p.nameEn,
        };
        gotech.set(p.round, entry);
        out.push(entry);
      }
    } else {
      out.push({
        id: p.id,
        name: `${p.nameJa} ${p.round} ${p.frameNameJa}`,
        nameEn: `${p.nameEn} ${p.round} ${p.frame}`,
        kind: "grant",
        round: p.round,
        flags: [...acceptedFlags()],
        source: p.source,
        status: p.status,
        ...roundFields(p),
        family: p.familyId,
        familyName: `${p.nameJa} ${p.frameNameJa}`,
        familyNameEn: `${p.nameEn} ${p.frame}`,
      });
    }
  }
  return out;
}

/** Sheet the live calculation goes to; asked (overwrite / new sheet / cancel) when it has content. */
export const CALCULATION_SHEET = "補助金計算";

export function createSubsidyActions(run: ExcelRun): SubsidyActions {
  return {
    async listPrograms() {
      return programSummaries();
    },
    async calculate(input): Promise<SubsidyResult> {
      if (input.kind === "gotech") {
        const program = programSummaries().find((p) => p.id === input.programId);
        const r = computeGoTech({
          frame: input.frame,
          round: program?.round ?? null,
          plannedInvestment: input.plannedInvestment ?? null,
          participants: input.members.map((m) => ({
            name: m.name,
            type: m.type,
            costs: m.costs,
            taxableIncome: m.taxableIncome === undefined ? null : [m.taxableIncome],
          })),
        });
        return {
          total: r.total,
          perYear: r.byYear,
          cap: r.caps.effectiveTotal,
          findings: r.findings.map(paneFinding),
        };
      }
      const r = computeGrant(input.programId, {
        eligibleCost: input.eligibleCost,
        employees: input.applicant.employees,
        industry: input.applicant.industry || null,
        flags: input.applicant.flags,
      });
      return {
        total: r.grant,
        cap: r.cap,
        rate: `${r.rate.num}/${r.rate.den}`,
        findings: r.findings.map(paneFinding),
      };
    },
    async writeCalculationSheet(input, { chooseSheet, lang = "ja" }) {
      const round =
        input.kind === "gotech" ? programSummaries().find((p) => p.id === input.programId)?.round : undefined;
      const r = await writeCalculationSheet(
        run,
        { sheetName: CALCULATION_SHEET, cells: calculationCells(input, round, lang) },
        { chooseSheet },
      );
      return { written: r.written, sheetName: r.sheet };
    },
  };
}
