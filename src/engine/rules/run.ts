/** Runs rules over scored tables and turns their reports into findings (sheet, A1 cell, severity, fix). */
import { toA1 } from '../a1';
import type { Finding, ReadProblem, Table } from '../model';
import { allFundLines } from '../read/fund-groups';
import type { RuleProfile } from '../profiles';
import type { ScoredTable } from '../scoring';
import type { SheetSnapshot } from '../snapshot';
import type { Rule, RuleContext, RuleReport } from './define';

const EMPTY_SHEET = (name: string): SheetSnapshot => ({ name, visibility: 'visible', values: [], merges: [] });

function toFinding(rule: Rule, report: RuleReport<string>, sheet: string, table: number | undefined): Finding {
  if (!(report.messageId in rule.messages)) {
    throw new Error(`rule ${rule.code} reported unknown messageId ${report.messageId}`);
  }
  const cell = toA1(report.cell.row, report.cell.col);
  const finding: Finding = {
    code: rule.code,
    messageId: report.messageId,
    data: report.data ?? {},
    severity: report.severity ?? rule.severity,
    sheet,
    cell,
  };
  if (report.fix) finding.fix = { ...report.fix, sheet, cell: report.fix.cell ?? cell };
  if (table !== undefined) finding.table = table;
  return finding;
}

export interface RunRulesInput {
  scored: readonly ScoredTable[];
  problems: readonly ReadProblem[];
  sheets: readonly SheetSnapshot[];
  profile: RuleProfile;
}

/**
 * A rule that throws on some odd workbook must not take the whole evaluation down: its failure becomes a
 * finding (code RULE_FAILED_CODE, rendered from render.ts's engine messages) and the other rules run on.
 */
export const RULE_FAILED_CODE = 'rule-failed';

function failure(rule: Rule, sheet: string, cell: string, error: unknown, table?: number): Finding {
  const finding: Finding = {
    code: RULE_FAILED_CODE,
    messageId: 'crashed',
    severity: 'warning',
    sheet,
    cell,
    data: { rule: rule.code, error: error instanceof Error ? error.message : String(error) },
  };
  if (table !== undefined) finding.table = table;
  return finding;
}

export function runRules(rules: readonly Rule[], input: RunRulesInput): Finding[] {
  const findings: Finding[] = [];
  const tables: Table[] = input.scored.map((scored) => scored.table);
  // The rule whose check runs: each table's context is built once and reports for whichever rule that is.
  let current: Rule = rules[0];
  const contexts = tableContexts(input, tables, (report, table, tableIndex) =>
    findings.push(toFinding(current, report, report.sheet ?? table.sheet, tableIndex)),
  );
  for (const rule of rules) {
    current = rule;
    if (rule.checkWorkbook) {
      try {
        rule.checkWorkbook({
          tables,
          problems: input.problems,
          sheets: input.sheets,
          profile: input.profile,
          report: (report) => findings.push(toFinding(rule, report, report.sheet, report.table)),
        });
      } catch (error) {
        findings.push(failure(rule, input.sheets[0]?.name ?? '', 'A1', error));
      }
    }
    const check = rule.check;
    if (!check) continue;
    for (let tableIndex = 0; tableIndex < contexts.length; tableIndex++) {
      const context = contexts[tableIndex];
      try {
        check.call(rule, context);
      } catch (error) {
        const table = context.table;
        findings.push(failure(rule, table.sheet, toA1(table.range.top, table.range.left), error, tableIndex));
      }
    }
  }
  return findings;
}

/**
 * One context per table, shared by every rule's check (frozen: a rule cannot change what the next one sees).
 * Built once rather than once per rule and table: a cold run spends its time in such allocations.
 */
function tableContexts(
  input: RunRulesInput,
  tables: readonly Table[],
  report: (report: RuleReport<string>, table: Table, tableIndex: number) => void,
): Array<RuleContext<string>> {
  const sheetByName = new Map(input.sheets.map((sheet) => [sheet.name, sheet]));
  const problemsBySheet = new Map<string, ReadProblem[]>();
  for (const problem of input.problems) {
    const onSheet = problemsBySheet.get(problem.sheet);
    if (onSheet) onSheet.push(problem);
    else problemsBySheet.set(problem.sheet, [problem]);
  }
  return input.scored.map((scored, tableIndex) => {
    const table = scored.table;
    return Object.freeze({
      table,
      scored,
      tableIndex,
      tables,
      fundLines: allFundLines(table),
      sheet: sheetByName.get(table.sheet) ?? EMPTY_SHEET(table.sheet),
      profile: input.profile,
      problems: problemsBySheet.get(table.sheet) ?? [],
      report: (entry: RuleReport<string>) => report(entry, table, tableIndex),
    });
  });
}
