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
import { allFundLines } from './read/fund-groups';
import type { ScoredTable } from './scoring';
import type { CellPos, CellWrite, Finding, GeneratedSheet, Narrative, WritePlan } from './model';
import { isEmptyCell, type SheetSnapshot } from './snapshot';
import { findingsSheet } from './findings-sheet';
import { narrativeSheet } from './narrative';

export { isEmptyCell } from './snapshot';

export const RATE_NUMBER_FORMAT = '0.00%';

/** The writes of one scored table: empty 执行率 cells, then the scored model's 得分 fills, 总分 and 等级. */
function tableWrites(scored: ScoredTable, sheet: SheetSnapshot | undefined): CellWrite[] {
  const table = scored.table;
  const writes: CellWrite[] = [];
  const write = (pos: CellPos, fields: Omit<CellWrite, 'sheet' | 'cell'>) =>
    writes.push({ sheet: table.sheet, cell: toA1(pos.row, pos.col), ...fields });

  const lines = allFundLines(table);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const { rate: rateCell, executed, adjusted } = line.cells;
    if (line.rate === null || !rateCell || !executed || !adjusted || !isEmptyCell(sheet, rateCell)) continue;
    write(rateCell, {
      value: line.rate,
      formula: `=${toA1(executed.row, executed.col)}/${toA1(adjusted.row, adjusted.col)}`,
      numberFormat: RATE_NUMBER_FORMAT,
      purpose: 'executionRate',
    });
  }
  // Indexed (no iterator result per row in a cold run); most scores are typed, so few rows write.
  const sheetScores = scored.sheetScores;
  for (let i = 0; i < sheetScores.length; i++) {
    const { row, score, fills } = sheetScores[i];
    if (fills && row.cells.score && score !== null) write(row.cells.score, { value: score, purpose: 'score' });
  }
  // 总分 = Σ of the sheet's own scores (so the 总分 = Σ得分 identity holds on re-run); only when all exist.
  const totalCell = table.cells.total;
  if (scored.sheetTotal !== null && totalCell && table.reportedTotal === null && isEmptyCell(sheet, totalCell)) {
    write(totalCell, { value: scored.sheetTotal, purpose: 'total' });
  }
  const gradeCell = table.cells.grade;
  if (scored.sheetGrade && gradeCell && isEmptyCell(sheet, gradeCell)) {
    write(gradeCell, { value: scored.sheetGrade, purpose: 'grade' });
  }
  return writes;
}

export function planCellWrites(scored: readonly ScoredTable[], sheets: readonly SheetSnapshot[]): CellWrite[] {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const seen = new Set<string>();
  const writes: CellWrite[] = [];
  for (const entry of scored) {
    for (const w of tableWrites(entry, byName.get(entry.table.sheet))) {
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
  scored: readonly ScoredTable[];
  sheets: readonly SheetSnapshot[];
  findings: readonly Finding[];
  narrative: Narrative;
}): WritePlan {
  return {
    cells: planCellWrites(input.scored, input.sheets),
    sheets: generatedSheets(input.narrative, input.findings),
  };
}
