/**
 * Test helpers for rules (ESLint RuleTester style): hand-built tables (makeTable, makeIndicator,
 * makeFundLine), and testRule(rule, { valid, invalid }) which scores the tables as evaluate does, runs the
 * one rule, asserts code / sheet / cell / severity / messageId of each finding, and that every
 * {{placeholder}} of the rendered zh and en messages is filled.
 */
import { parseA1 } from '../../../src/engine/a1';
import { deriveRates } from '../../../src/engine/derived';
import type { CellPos, Finding, FundLine, Indicator, ReadProblem, Severity, Table } from '../../../src/engine/model';
import { NATIONAL_PROFILE, type RuleProfile } from '../../../src/engine/profiles';
import type { Rule } from '../../../src/engine/rules/define';
import { runRules } from '../../../src/engine/rules/run';
import { fillTemplate } from '../../../src/engine/template';
import { scoreTables } from '../../../src/engine/scoring';
import type { SheetSnapshot } from '../../../src/engine/snapshot';
import {
  makeFundLine as baseFundLine,
  makeIndicator as baseIndicator,
  makeTable as baseTable,
} from '../../fixtures/model';

export const SHEET = '项目支出绩效自评表';

/** 'F5' → { row: 4, col: 5 }. */
export function at(address: string): CellPos {
  return parseA1(address);
}

/** Cells of one 0-based row, by column letter: cellsOnRow(4, { label: 'B' }) → { label: B5 }. */
function cellsOnRow<K extends string>(row: number, columns: Record<K, string>): Record<K, CellPos> {
  const cells = {} as Record<K, CellPos>;
  for (const key of Object.keys(columns) as K[]) cells[key] = at(`${columns[key]}${row + 1}`);
  return cells;
}

/** A met ≥100 indicator on row `row` (default 10) with cells C name, D target, E actual, F weight, G score, H reason. */
export function makeIndicator(fields: Partial<Indicator> & { row?: number } = {}): Indicator {
  const row = fields.row ?? 10;
  return baseIndicator({
    row,
    target: 100,
    targetText: '≥100',
    actual: 100,
    actualText: '100',
    cells: cellsOnRow(row, { name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', reason: 'H' }),
    ...fields,
  });
}

/** A fund line on row `row` (0-based) with columns B label, C initial, D adjusted, E executed, F weight, G rate, H score. */
export function makeFundLine(
  label: string,
  amounts: [number | null, number | null, number | null],
  fields: Partial<FundLine> & { row?: number } = {},
): FundLine {
  const row = fields.row ?? 4;
  return baseFundLine({
    row,
    label,
    initial: amounts[0],
    adjusted: amounts[1],
    executed: amounts[2],
    cells: cellsOnRow(row, {
      label: 'B',
      initial: 'C',
      adjusted: 'D',
      executed: 'E',
      weight: 'F',
      rate: 'G',
      score: 'H',
    }),
    ...fields,
  });
}

/** An empty project table on SHEET, of 测试单位 / 测试项目. */
export function makeTable(fields: Partial<Table> = {}): Table {
  return baseTable({ sheet: SHEET, unitName: '测试单位', projectName: '测试项目', ...fields });
}

export interface RuleCase {
  name: string;
  tables?: Table[];
  problems?: ReadProblem[];
  profile?: RuleProfile;
  sheets?: SheetSnapshot[];
}

export interface ExpectedFinding {
  cell: string;
  severity: Severity;
  messageId?: string;
  sheet?: string;
  /** Expected proposed value (fix.value), when the rule proposes one. */
  fix?: string | number;
  /** Values the data must contain. */
  data?: Record<string, string | number>;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export function runRule(rule: Rule, testCase: RuleCase): Finding[] {
  const profile = testCase.profile ?? NATIONAL_PROFILE;
  const sheets = testCase.sheets ?? [];
  const scored = scoreTables(deriveRates(testCase.tables ?? []), profile, sheets);
  return runRules([rule], { scored, problems: testCase.problems ?? [], sheets: testCase.sheets ?? [], profile });
}

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/;

export function expectMessagesFilled(rule: Rule, finding: Finding): void {
  const template = rule.messages[finding.messageId];
  expect(template).toBeDefined();
  for (const text of [template.zh, template.en]) {
    const rendered = fillTemplate(text, finding.data);
    expect({ messageId: finding.messageId, rendered, unfilled: PLACEHOLDER.test(rendered) }).toEqual(
      expect.objectContaining({ unfilled: false }),
    );
  }
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.code}`, () => {
    if (cases.valid.length === 0 || cases.invalid.length === 0) {
      throw new Error(`rule ${rule.code} needs at least one valid and one invalid case`);
    }
    for (const testCase of cases.valid) {
      it(`stays quiet: ${testCase.name}`, () => {
        expect(runRule(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`fires: ${testCase.name}`, () => {
        const findings = runRule(rule, testCase);
        expect(findings.map((f) => ({ cell: f.cell, severity: f.severity }))).toEqual(
          testCase.findings.map((f) => ({ cell: f.cell, severity: f.severity })),
        );
        findings.forEach((finding, index) => {
          const expected = testCase.findings[index];
          expect(finding.code).toBe(rule.code);
          expect(finding.sheet).toBe(expected.sheet ?? testCase.tables?.[0]?.sheet ?? SHEET);
          if (expected.messageId) expect(finding.messageId).toBe(expected.messageId);
          if (expected.fix !== undefined) expect(finding.fix?.value).toBe(expected.fix);
          if (expected.data) expect(finding.data).toEqual(expect.objectContaining(expected.data));
          expectMessagesFilled(rule, finding);
        });
      });
    }
  });
}
