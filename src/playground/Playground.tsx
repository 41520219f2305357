import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { Button, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { messageIn } from "./bilingual";
import { columnLetters, type FakeExcel, type SheetModel } from "./excel-fake";
import { formatCell } from "./formatCell";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minWidth: 0, flexGrow: 1 },
  bar: {
    display: "flex",
    gap: "8px",
    padding: "6px 8px",
    alignItems: "center",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: { width: "90px" },
  formula: { flexGrow: 1 },
  gridWrap: { overflow: "auto", flexGrow: 1 },
  grid: {
    borderCollapse: "collapse",
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "fixed",
  },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 400,
    position: "sticky",
    top: 0,
    zIndex: 1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: "84px",
  },
  rowHead: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    padding: "0 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    left: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    height: "20px",
    maxWidth: "220px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  number: { textAlign: "right" },
  error: { color: tokens.colorPaletteRedForeground1 },
  tableHeader: { fontWeight: 600, background: "#107c41", color: "white" },
  band: { background: "#e9f5ee" },
  bold: { fontWeight: 600 },
  tabs: {
    display: "flex",
    gap: "4px",
    padding: "4px 8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  note: { padding: "2px 8px", color: tokens.colorNeutralForeground3 },
  cellInfo: {
    display: "flex",
    flexWrap: "wrap",
    gap: "4px 12px",
    padding: "2px 8px",
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** What functions.json says about a function's help page. */
export interface FunctionHelp {
  id: string;
  name: string;
  helpUrl?: string;
}

/** The pane's language (the task pane sets <html lang>), so the grid's messages follow it. */
function useDocumentLang(): "ja" | "en" {
  const read = () => (document.documentElement.lang === "en" ? "en" : "ja");
  const [lang, setLang] = useState<"ja" | "en">(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setLang(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    return () => observer.disconnect();
  }, []);
  return lang;
}

/**
 * A function's help page on this page's own origin: functions.json carries the deployment's host
 * (https://localhost:3000/ by default), which the playground, served anywhere, may not be.
 */
function helpHref(helpUrl: string): string {
  const at = helpUrl.indexOf("docs/");
  return at >= 0 ? new URL(helpUrl.slice(at), location.href).href : helpUrl;
}

const MAX_ROWS = 300;

function usedSize(sheet: SheetModel): { rows: number; cols: number } {
  let cols = 0;
  sheet.rows.forEach((row) => {
    if (row) cols = Math.max(cols, row.length);
  });
  return { rows: sheet.rows.length, cols };
}

/** The playground's workbook view: sheet grid, name box and formula bar over the in-memory Excel. */
export function Playground({ fake, functions = [] }: { fake: FakeExcel; functions?: FunctionHelp[] }) {
  const styles = useStyles();
  const lang = useDocumentLang();
  const [, setVersion] = useState(0);
  useEffect(() => fake.onChange(() => setVersion((v) => v + 1)), [fake]);
  const wb = fake.workbook;
  const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets[0];
  const sel = wb.selection.sheetId === sheet.id ? wb.selection.rect : { r0: 0, c0: 0, r1: 0, c1: 0 };
  const address = `${columnLetters(sel.c0)}${sel.r0 + 1}`;
  const selectedCell = sheet.rows[sel.r0]?.[sel.c0];
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? selectedCell?.formula ?? (selectedCell ? String(selectedCell.value) : "");

  const select = useCallback(
    (r: number, c: number) => {
      fake.workbook.selection = { sheetId: sheet.id, rect: { r0: r, c0: c, r1: r, c1: c } };
      setDraft(null);
      setVersion((v) => v + 1);
    },
    [fake, sheet.id],
  );

  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    try {
      fake.enter(`'${sheet.name.replace(/'/g, "''")}'!${address}`, draft);
    } catch (e) {
      // Excel refuses a malformed formula and keeps it in the formula bar for correction.
      setProblem(
        `この数式には問題があります / There's a problem with this formula: ${e instanceof Error ? e.message : String(e)}`,
      );
      return;
    }
    setProblem(null);
    setDraft(null);
    select(sel.r0 + 1, sel.c0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit();
    if (e.key === "Escape") {
      setDraft(null);
      setProblem(null);
    }
  };

  const { rows: usedRows, cols: usedCols } = usedSize(sheet);
  const nRows = Math.min(Math.max(40, usedRows + 5), MAX_ROWS);
  const nCols = Math.min(Math.max(12, usedCols + 2), 60);
  const tables = wb.tables.filter((t) => t.sheetId === sheet.id);
  const colHeads = useMemo(() => Array.from({ length: nCols }, (_, c) => columnLetters(c)), [nCols]);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Input
          className={styles.nameBox}
          value={address}
          readOnly
          aria-label="名前ボックス / Name box"
          data-testid="name-box"
        />
        <Text weight="semibold" aria-hidden>
          fx
        </Text>
        <Input
          className={styles.formula}
          value={shown}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={onKey}
          aria-label="数式バー / Formula bar"
          data-testid="formula-input"
          placeholder="数式または値を入力（例: =SME.労働分配率(230000, 301000)） / Type a value or formula"
        />
        <Button appearance="primary" onClick={commit} data-testid="formula-enter">
          入力 / Enter
        </Button>
      </div>
      <CellInfo
        className={styles.cellInfo}
        lang={lang}
        formula={shown}
        value={selectedCell?.value}
        errorMessage={selectedCell?.errorMessage}
        functions={functions}
      />
      {problem && (
        <Text
          role="alert"
          data-testid="formula-problem"
          style={{ padding: "0 8px", color: tokens.colorPaletteRedForeground1 }}
        >
          {problem}
        </Text>
      )}
      <div className={styles.gridWrap}>
        <table className={styles.grid} data-testid="grid" aria-label={`シート ${sheet.name}`}>
          <thead>
            <tr>
              <th className={styles.head} style={{ minWidth: 40 }} />
              {colHeads.map((h) => (
                <th key={h} className={styles.head} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: nRows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {colHeads.map((h, c) => {
                  const cell = sheet.rows[r]?.[c];
                  const isError =
                    !!cell?.errorMessage ||
                    (typeof cell?.value === "string" && !!cell.formula && cell.value.startsWith("#"));
                  const classes = [styles.cell];
                  if (typeof cell?.value === "number") classes.push(styles.number);
                  if (isError) classes.push(styles.error);
                  if (cell?.bold) classes.push(styles.bold);
                  // Tables look like Excel's default style: a coloured header row and banded rows.
                  const t = tables.find(
                    (x) => r >= x.rect.r0 && r <= x.rect.r1 && c >= x.rect.c0 && c <= x.rect.c1,
                  );
                  if (t && t.showHeaders && r === t.rect.r0) classes.push(styles.tableHeader);
                  else if (t && t.showBandedRows && (r - t.rect.r0) % 2 === 0) classes.push(styles.band);
                  if (r === sel.r0 && c === sel.c0) classes.push(styles.selected);
                  const text = formatCell(cell);
                  return (
                    <td
                      key={h}
                      className={classes.join(" ")}
                      data-cell={`${h}${r + 1}`}
                      onClick={() => select(r, c)}
                      title={cell?.errorMessage ?? cell?.formula}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {usedRows > MAX_ROWS && (
          <Text className={styles.note} data-testid="grid-truncated">
            先頭 {MAX_ROWS} 行を表示（全 {usedRows.toLocaleString()} 行） / Showing the first {MAX_ROWS} of{" "}
            {usedRows.toLocaleString()} rows
          </Text>
        )}
      </div>
      <div className={styles.tabs} role="tablist" aria-label="シート / Sheets">
        {wb.sheets.map((s) => (
          <Button
            key={s.id}
            size="small"
            role="tab"
            aria-selected={s.id === sheet.id}
            appearance={s.id === sheet.id ? "primary" : "subtle"}
            data-testid={`sheet-tab-${s.name}`}
            onClick={() => {
              fake.workbook.activeSheetId = s.id;
              fake.workbook.selection = { sheetId: s.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
              setVersion((v) => v + 1);
            }}
          >
            {s.name}
          </Button>
        ))}
      </div>
    </div>
  );
}

/**
 * Below the formula bar: the selected cell's error message (in the pane's language, not only in a
 * tooltip) and a link to the help page of the SME function in its formula.
 */
function CellInfo({
  className,
  lang,
  formula,
  value,
  errorMessage,
  functions,
}: {
  className: string;
  lang: "ja" | "en";
  formula: string;
  value: unknown;
  errorMessage?: string;
  functions: FunctionHelp[];
}) {
  const name = /^=.*?\bSME\.([\p{L}\p{N}_.]+)\s*\(/iu.exec(formula)?.[1];
  const fn = name
    ? functions.find((f) => f.name.toUpperCase() === name.toUpperCase() || f.id === name.toUpperCase())
    : undefined;
  if (!errorMessage && !fn?.helpUrl) return null;
  return (
    <div className={className} data-testid="cell-info">
      {errorMessage && (
        <Text role="status" data-testid="cell-error" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {typeof value === "string" && value.startsWith("#") ? `${value} ` : ""}
          {messageIn(errorMessage, lang)}
        </Text>
      )}
      {fn?.helpUrl && (
        <Link
          href={helpHref(fn.helpUrl)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="function-help"
        >
          {lang === "en" ? `Help on SME.${fn.id}` : `SME.${name} のヘルプ`}
        </Link>
      )}
    </div>
  );
}
