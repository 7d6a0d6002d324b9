/**
 * The write plan: what the evaluation writes back into the workbook.
 * - computed 执行率 into EMPTY 执行率 cells, as a formula (=F5/E5) with its cached result, format 0.00%;
 * - computed 得分 into EMPTY 得分 cells, then 总分 and 等级 into empty cells;
 * - the generated sheets 自评报告 and 评估结果 (replaced as a whole on each run).
 * A cell the user typed is never overwritten: a disagreeing typed value is a finding carrying the proposed
 * fix instead. Idempotent: once applied, the filled cells are no longer empty, and what they hold equals
 * what the engine computes, so a re-run plans no cell and finds nothing new.
 */
import { toA1 } from './a1';
import { roundHalfUp, sum } from './decimal';
import { allFundLines } from './read/fund-groups';
import { countsInTotal, gradeFor, weightUnreadable } from './scoring';
import type {
  CellPos,
  CellWrite,
  Finding,
  FundLine,
  GeneratedSheet,
  Indicator,
  Narrative,
  Table,
  WritePlan,
} from './model';
import type { RuleProfile } from './profiles';
import { cellValueAt, formulaAt, type SheetSnapshot } from './snapshot';
import { findingsSheet } from './findings-sheet';
import { narrativeSheet } from './narrative';

export const RATE_NUMBER_FORMAT = '0.00%';

/** Empty = no formula and no value (null, or a string of blanks). '—', '/', 0 are typed values. */
export function isEmptyCell(sheet: SheetSnapshot | undefined, pos: CellPos): boolean {
  if (!sheet) return false;
  if (formulaAt(sheet, pos.row, pos.col)) return false;
  const value = cellValueAt(sheet, pos.row, pos.col);
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function tableWrites(table: Table, sheet: SheetSnapshot | undefined, profile: RuleProfile): CellWrite[] {
  const writes: CellWrite[] = [];
  const write = (pos: CellPos, fields: Omit<CellWrite, 'sheet' | 'cell'>) =>
    writes.push({ sheet: table.sheet, cell: toA1(pos.row, pos.col), ...fields });

  for (const line of allFundLines(table)) {
    const { rate: rateCell, executed, adjusted } = line.cells;
    if (line.rate === null || !rateCell || !executed || !adjusted || !isEmptyCell(sheet, rateCell)) continue;
    write(rateCell, {
      value: line.rate,
      formula: `=${toA1(executed.row, executed.col)}/${toA1(adjusted.row, adjusted.col)}`,
      numberFormat: RATE_NUMBER_FORMAT,
      purpose: 'executionRate',
    });
  }

  // The sheet's scores after the plan: typed where typed, computed where the plan fills an empty cell.
  const sheetScores: Array<number | null> = [];
  const fillScore = (row: FundLine | Indicator) => {
    const pos = row.cells.score;
    let effective = row.reportedScore;
    if (pos && row.score !== null && isEmptyCell(sheet, pos)) {
      write(pos, { value: row.score, purpose: 'score' });
      effective = row.score;
    }
    // A row whose 分值 cannot be read blocks 总分 / 等级 even with a typed 得分: nothing checks that 得分.
    if (countsInTotal(row)) sheetScores.push(weightUnreadable(row) ? null : effective);
  };
  if (table.funds) fillScore(table.funds);
  for (const ind of table.indicators) fillScore(ind);

  // 总分 = Σ of the sheet's own scores (so the 总分 = Σ得分 identity holds on re-run); only when all exist.
  const complete = sheetScores.length > 0 && sheetScores.every((score) => score !== null);
  const total = complete ? roundHalfUp(sum(sheetScores as number[])) : null;
  const totalCell = table.cells.total;
  if (total !== null && totalCell && table.reportedTotal === null && isEmptyCell(sheet, totalCell)) {
    write(totalCell, { value: total, purpose: 'total' });
  }
  const gradeCell = table.cells.grade;
  const grade = gradeFor(table.reportedTotal ?? total, profile);
  if (grade && gradeCell && isEmptyCell(sheet, gradeCell)) write(gradeCell, { value: grade, purpose: 'grade' });
  return writes;
}

export function planCellWrites(
  tables: readonly Table[],
  sheets: readonly SheetSnapshot[],
  profile: RuleProfile,
): CellWrite[] {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const seen = new Set<string>();
  const writes: CellWrite[] = [];
  for (const table of tables) {
    for (const w of tableWrites(table, byName.get(table.sheet), profile)) {
      const key = `${w.sheet}!${w.cell}`;
      if (seen.has(key)) continue; // two tables never write one cell twice
      seen.add(key);
      writes.push(w);
    }
  }
  return writes;
}

export function generatedSheets(narrative: Narrative, findings: readonly Finding[]): GeneratedSheet[] {
  return [narrativeSheet(narrative), findingsSheet(findings)];
}

export function buildWritePlan(input: {
  tables: readonly Table[];
  sheets: readonly SheetSnapshot[];
  findings: readonly Finding[];
  narrative: Narrative;
  profile: RuleProfile;
}): WritePlan {
  return {
    cells: planCellWrites(input.tables, input.sheets, input.profile),
    sheets: generatedSheets(input.narrative, input.findings),
  };
}
