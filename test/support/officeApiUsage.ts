// Finds every Office.js member a set of source files uses, with the requirement set @types/office-js
// (and @types/custom-functions-runtime, @types/office-runtime) documents for it ("[Api set: ExcelApi 1.13]"),
// and whether the use sits behind a runtime check of that set. The TypeScript type checker resolves each
// property access and call, so `table.resize(...)` is found whatever the variable is called.
// Microsoft: "Check for API availability at runtime" (office-js-docs-pr docs/develop/specify-api-requirements-runtime.md).
import { dirname, join, relative } from "node:path";
import * as ts from "typescript";

export interface ApiSet {
  name: string;
  version: string;
}

export interface ApiUse {
  file: string;
  line: number;
  /** e.g. "Excel.Table.resize" */
  member: string;
  /** The sets the typings name for this member (the first, for a line like "ExcelApi 1.1 … 1.4 …"). */
  set: ApiSet | null;
  /** The runtime checks enclosing the use (if/?:/&& on isSetSupported, isApiSupported, or a const holding one). */
  guards: ApiSet[];
}

const TYPINGS = /node_modules\/@types\/(office-js|custom-functions-runtime|office-runtime)\//;
const GUARD_FUNCTIONS = new Set(["isApiSupported", "isSetSupported"]);

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * Sets of other Office applications: a member documented only with these is a common API as far as Excel is
 * concerned (e.g. AddinCommands.Event.completed says "support information for Outlook. [Api set: Mailbox 1.3]").
 */
const OTHER_HOSTS = new Set([
  "Mailbox",
  "WordApi",
  "WordApiDesktop",
  "WordApiHiddenDocument",
  "PowerPointApi",
  "OneNoteApi",
  "VisioApi",
]);

/** "[Api set: ExcelApi 1.4 for multiple rows; 1.15 …]" → {ExcelApi, 1.4}: the set the member itself needs. */
function apiSetOf(decl: ts.Node): ApiSet | null {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  const comment = ranges.length
    ? sf.text.slice(ranges[ranges.length - 1].pos, ranges[ranges.length - 1].end)
    : "";
  for (const m of comment.matchAll(/\[Api set: ([A-Za-z]+) (\d+\.\d+)/g))
    if (!OTHER_HOSTS.has(m[1])) return { name: m[1], version: m[2] };
  return null;
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
}

/** The requirement set a guard expression asserts, when it is a call of a known check or a const bound to one. */
function guardOf(expr: ts.Expression, checker: ts.TypeChecker): ApiSet | null {
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isIdentifier(expr)) {
    const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer &&
      ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
    )
      return guardOf(decl.initializer, checker);
    return null;
  }
  if (!ts.isCallExpression(expr)) return null;
  const callee = ts.isPropertyAccessExpression(expr.expression) ? expr.expression.name : expr.expression;
  if (!ts.isIdentifier(callee) || !GUARD_FUNCTIONS.has(callee.text)) return null;
  const args = expr.arguments.map((a) => (ts.isStringLiteralLike(a) ? a.text : null));
  // isSetSupported("ExcelApi", "1.13"); isApiSupported("1.13") means ExcelApi (src/excel/requirements.ts).
  if (args.length >= 2 && args[0] && args[1]) return { name: args[0], version: args[1] };
  if (args.length === 1 && args[0] && /^\d+\.\d+$/.test(args[0]))
    return { name: "ExcelApi", version: args[0] };
  return null;
}

/** Guards in force at `node`: the conditions of enclosing if/?:/&& it is on the true side of, and early returns. */
function guardsAt(node: ts.Node, checker: ts.TypeChecker): ApiSet[] {
  const out: ApiSet[] = [];
  const push = (e: ts.Expression) => {
    // `a && b` as a condition asserts both.
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      push(e.left);
      push(e.right);
      return;
    }
    const g = guardOf(e, checker);
    if (g) out.push(g);
  };
  let child: ts.Node = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (ts.isIfStatement(p) && p.thenStatement === child) push(p.expression);
    else if (ts.isConditionalExpression(p) && p.whenTrue === child) push(p.condition);
    else if (
      ts.isBinaryExpression(p) &&
      p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      p.right === child
    )
      push(p.left);
    if (ts.isBlock(p) || ts.isSourceFile(p)) {
      // `if (!isSetSupported(...)) return/throw …;` earlier in the same block.
      for (const st of p.statements) {
        if (st === child) break;
        if (
          ts.isIfStatement(st) &&
          ts.isPrefixUnaryExpression(st.expression) &&
          st.expression.operator === ts.SyntaxKind.ExclamationToken &&
          exits(st.thenStatement)
        )
          push(st.expression.operand);
      }
    }
  }
  return out;
}

function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  return ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
}

/** Every .ts/.tsx file under `dirs` except tests and test helpers. */
export function sourceFilesUnder(root: string, dirs: string[]): string[] {
  const host = ts.sys;
  return dirs
    .flatMap((d) => host.readDirectory(join(root, d), [".ts", ".tsx"], undefined, undefined))
    .filter((f) => !/\.test\.tsx?$/.test(f) && !/\/testing\//.test(f));
}

export function findOfficeApiUses(root: string, files: string[]): ApiUse[] {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => ts.sys.resolvePath(f)));
  const uses: ApiUse[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(ts.sys.resolvePath(sf.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && !ts.isTypeNode(node.parent)) {
        let symbol = checker.getSymbolAtLocation(node.name);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        let decl = symbol?.declarations?.find((d) => TYPINGS.test(d.getSourceFile().fileName));
        if (symbol && decl) {
          // A call picks one overload, whose own JSDoc may name another set (rows.add 1.1 vs 1.4 …).
          if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
            const sig = checker.getResolvedSignature(node.parent)?.declaration;
            if (sig && TYPINGS.test(sig.getSourceFile().fileName)) decl = sig;
          }
          const { line } = sf.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({
            file: relative(root, sf.fileName),
            line: line + 1,
            member: qualifiedName(checker, symbol),
            set: apiSetOf(decl),
            guards: guardsAt(node, checker),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The <Set Name=… MinVersion=…> entries of a manifest's <Requirements><Sets>. */
export function manifestSets(xml: string): ApiSet[] {
  const sets = /<Requirements>\s*<Sets([^>]*)>([\s\S]*?)<\/Sets>/.exec(xml);
  if (!sets) return [];
  const fallback = /DefaultMinVersion="([^"]+)"/.exec(sets[1])?.[1] ?? "1.1";
  return [...sets[2].matchAll(/<Set Name="([^"]+)"(?: MinVersion="([^"]+)")?\s*\/>/g)].map((m) => ({
    name: m[1],
    version: m[2] ?? fallback,
  }));
}

/** Uses that need more than the manifest's minimum and are not behind a check for at least that set. */
export function unguardedAboveMinimum(uses: ApiUse[], minimum: ApiSet[]): ApiUse[] {
  return uses.filter((u) => {
    if (!u.set) return false;
    const declared = minimum.find((s) => s.name === u.set!.name);
    if (declared && compareVersions(u.set.version, declared.version) <= 0) return false;
    return !u.guards.some((g) => g.name === u.set!.name && compareVersions(g.version, u.set!.version) >= 0);
  });
}

export const ROOT = join(__dirname, "../..");
export const typingsDir = (pkg: string) => dirname(require.resolve(`@types/${pkg}/package.json`));
