// docs/subsidy-rules.md, generated from the programme files (scripts/gen-subsidy-rules.mjs; a test
// fails when the file on disk differs): every rule with its status, grouped by round, with the
// counts per status at the top.
import { allRules, type RuleRow } from "./ruleList";
import { periodText } from "./periodText";
import { programFiles } from "./programFiles";
import type { ProgramFile } from "./schema";
import { STATUS_PHRASE, STATUSES, type Status } from "./statuses";

const cell = (t: string) => t.replace(/\|/g, "\\|").replace(/\n/g, " ");

function counts(rows: readonly RuleRow[]): Record<Status, number> {
  const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  rows.forEach((r) => c[r.status]++);
  return c;
}

const HEAD = [
  "# 補助金規則の一覧と確かさ / Every subsidy rule and how sure we are",
  "",
  "このファイルは `npm run gen:data`（scripts/gen-subsidy-rules.mjs）が `data/programs/*.json` から生成します。手で編集しないでください。",
  "This file is generated from `data/programs/*.json` by `npm run gen:data`; do not edit it by hand (a test fails when it is stale).",
  "",
  "状態 / status: `verified` = 公募要領の本文で確認（引用あり） / read in the official document's own text (quoted); " +
    "`official-summary` = 公式の概要ページ・リーフレットで確認 / an official summary; " +
    "`secondary` = 二次資料のみ / only non-official pages; `assumption` = 仮定（本ツールの既定値） / our default. " +
    "`verified` 以外はすべて公募要領で確認してから使ってください。主な仮定と既定値は [subsidy-assumptions.md](subsidy-assumptions.md)。",
  "",
];

function summary(files: readonly ProgramFile[], rows: readonly RuleRow[]): string[] {
  const all = counts(rows);
  const out = ["## 状態ごとの件数 / Rules per status", ""];
  out.push(
    `| 回 / round | ${STATUSES.join(" | ")} | 計 / total |`,
    `|---|${STATUSES.map(() => "---:").join("|")}|---:|`,
  );
  for (const p of files) {
    const c = counts(rows.filter((r) => r.code === p.code));
    out.push(
      `| ${p.code} | ${STATUSES.map((s) => c[s]).join(" | ")} | ${STATUSES.reduce((a, s) => a + c[s], 0)} |`,
    );
  }
  out.push(`| **計 / all** | ${STATUSES.map((s) => `**${all[s]}**`).join(" | ")} | **${rows.length}** |`, "");
  return out;
}

function roundSection(name: string, p: ProgramFile, rows: readonly RuleRow[]): string[] {
  const g = p.documents[p.round.guideline];
  const c = counts(rows);
  const out = [
    `### ${p.code} — ${p.nameJa} ${p.round.label} (${name})`,
    "",
    `- 公募要領 / call document: ${g.publisher}「${g.title}」${g.date ? ` (${g.date})` : ""} ${g.url}`,
    `- 公募期間 / application period (JST): ${periodText(p.applicationPeriod)}`,
    `- 枠 / frames: ${p.frames.map((f) => f.id).join("、")}${p.codeAliases?.length ? `; 旧コード / former codes: ${p.codeAliases.join(", ")}` : ""}`,
    `- ${STATUSES.map((s) => `${s} ${c[s]}`).join(", ")}`,
    "",
    "| 規則 / rule | 値 / value | 状態 / status | 出典 / official source | 確認した頁 / checked in | 注 / note |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const status = r.status === "verified" ? r.status : `${r.status}（${STATUS_PHRASE[r.status].ja}）`;
    out.push(
      `| \`${r.path}\` | ${cell(r.value)} | ${status} | ${cell(r.source)} | ${r.checkedIn.join(", ")} | ${cell(r.note)} |`,
    );
  }
  out.push("");
  return out;
}

export function renderRulesDoc(): string {
  const rows = allRules();
  const files = programFiles
    .map((f) => ({ name: f.name, p: f.data as ProgramFile }))
    .sort(
      (a, b) =>
        a.p.family.localeCompare(b.p.family) ||
        a.p.round.number - b.p.round.number ||
        a.p.code.localeCompare(b.p.code),
    );
  const out = [
    ...HEAD,
    ...summary(
      files.map((f) => f.p),
      rows,
    ),
    "## 回ごとの規則 / Rules by round",
    "",
  ];
  for (const { name, p } of files)
    out.push(
      ...roundSection(
        name,
        p,
        rows.filter((r) => r.file === name),
      ),
    );
  return out.join("\n");
}
