/**
 * Property test of the whole engine: take any fixture workbook (SPEC §8/§9 examples, clean tables), damage
 * it at random — odd values dropped into random cells, rows deleted or duplicated — and evaluate it. Whatever
 * the damage: no throw, no rule crashing (rule-failed finding), findings name real cells, scores stay in
 * [0, weight], and the write plan only fills cells that are empty in the input (it never overwrites what
 * the user typed, value or formula).
 */
import fc from 'fast-check';
import { parseA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { GENERATED_SHEET_NAMES } from '../../src/engine/model';
import { RULE_FAILED_CODE } from '../../src/engine/rules/run';
import type { CellValue, WorkbookSnapshot } from '../../src/engine/snapshot';
import { ALL_FIXTURES, cloneWorkbook } from '../fixtures';

/** Values that break naive readers: errors, placeholders, labels out of place, extremes, operators alone. */
const TRICKY_VALUES: CellValue[] = [
  null,
  '',
  ' ',
  '#REF!',
  '#DIV/0!',
  '—',
  '/',
  '无',
  '……',
  '≥',
  '定性',
  '四十八万',
  '十五分',
  'abc',
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '指标1',
  '合计',
  '总分',
  '分值',
  '得分',
  '三级指标',
  '全年执行数',
  '年度资金总额',
  '产出指标(50分)',
  '≥100%',
  '≤0%',
  '100%',
  '-0.49%',
  '１１９３项',
  '403.18万元',
  -1,
  0,
  -0,
  0.9408,
  1e15,
  -1e15,
  1e-9,
  100,
  150,
  true,
  false,
];

interface Damage {
  sheet: number;
  row: number;
  col: number;
  kind: 'set' | 'deleteRow' | 'duplicateRow';
  value: CellValue;
}

const damage: fc.Arbitrary<Damage> = fc.record({
  sheet: fc.nat(),
  row: fc.nat(),
  col: fc.nat(),
  kind: fc.constantFrom<Damage['kind']>('set', 'set', 'set', 'set', 'deleteRow', 'duplicateRow'),
  value: fc.constantFrom(...TRICKY_VALUES),
});

/** Apply damage to a copy; rows are deleted/duplicated with their formulas and formats (merges left as they are). */
function damaged(snapshot: WorkbookSnapshot, damages: Damage[]): WorkbookSnapshot {
  const copy = cloneWorkbook(snapshot);
  for (const d of damages) {
    const sheet = copy.sheets[d.sheet % copy.sheets.length];
    if (sheet.values.length === 0) continue;
    const row = d.row % sheet.values.length;
    const grids = [sheet.values, sheet.formulas, sheet.numberFormats].filter(Boolean) as unknown[][][];
    if (d.kind === 'deleteRow') {
      for (const grid of grids) grid.splice(row, 1);
    } else if (d.kind === 'duplicateRow') {
      for (const grid of grids) grid.splice(row, 0, [...(grid[row] ?? [])]);
    } else {
      const line = sheet.values[row];
      const col = d.col % Math.max(1, line.length + 1);
      while (line.length <= col) line.push(null);
      line[col] = d.value;
      if (sheet.formulas?.[row]) sheet.formulas[row][col] = null;
    }
  }
  return copy;
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

describe('evaluateWorkbook on randomly damaged fixtures', () => {
  const names = Object.keys(ALL_FIXTURES);

  test('never throws, no rule crashes, findings at real cells, scores bounded, write plan fills only empty cells', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(damage, { minLength: 1, maxLength: 8 }), (name, damages) => {
        const input = damaged(ALL_FIXTURES[name](), damages);
        const frozen = JSON.stringify(input);
        const evaluation = evaluateWorkbook(input);
        // The engine never mutates its input.
        expect(JSON.stringify(input)).toBe(frozen);

        const crashed = evaluation.findings.filter((f) => f.code === RULE_FAILED_CODE);
        expect(crashed.map((f) => f.data)).toEqual([]);

        const sheetNames = new Set(input.sheets.map((s) => s.name));
        for (const finding of evaluation.findings) {
          expect(sheetNames.has(finding.sheet) || GENERATED_SHEET_NAMES.includes(finding.sheet)).toBe(true);
          const { row, col } = parseA1(finding.cell);
          expect(row).toBeGreaterThanOrEqual(0);
          expect(col).toBeGreaterThanOrEqual(0);
        }

        for (const table of evaluation.tables) {
          for (const indicator of table.indicators) {
            if (indicator.score === null) continue;
            expect(Number.isFinite(indicator.score)).toBe(true);
            expect(indicator.score).toBeGreaterThanOrEqual(0);
            expect(indicator.score).toBeLessThanOrEqual(indicator.weight ?? 0);
          }
          if (table.total !== null) expect(Number.isFinite(table.total)).toBe(true);
        }

        for (const write of evaluation.writePlan.cells) {
          const sheet = input.sheets.find((s) => s.name === write.sheet);
          expect(sheet).toBeDefined();
          const { row, col } = parseA1(write.cell);
          const typed = sheet!.values[row]?.[col];
          const formula = sheet!.formulas?.[row]?.[col] ?? null;
          expect({ cell: `${write.sheet}!${write.cell}`, typed: isEmpty(typed) && formula === null }).toEqual({
            cell: `${write.sheet}!${write.cell}`,
            typed: true,
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
