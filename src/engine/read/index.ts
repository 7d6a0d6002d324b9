/**
 * The reader: a `WorkbookSnapshot` → the tables it holds (`ReadResult`). Pure and position-free: tables
 * are found by their header labels (see ./headers), merged areas are filled before reading (./grid).
 *
 * Which sheets are read:
 * - sheets the evaluation itself writes (GENERATED_SHEET_NAMES: 自评报告, 评估结果) are skipped;
 * - visible and hidden sheets are read — offices hide a finished table rather than delete it, and a
 *   hidden sheet still feeds the workbook's totals, so its tables are evaluated like any other;
 * - veryHidden sheets are skipped: Excel's UI cannot show them, they hold add-in / template data, and a
 *   finding on a cell the user cannot open would be useless;
 * - sheets without a table (instructions, cover pages) yield nothing and no problem.
 */
import { isGeneratedSheet, type ReadResult } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { readSheet } from './sheet';

export { readSheet, TABLE_TITLES } from './sheet';
export { allFundLines, type FundLineGroup, fundLineGroup, fundsBlockLabelGroup, isKeyTask } from './fund-groups';

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const result: ReadResult = { tables: [], problems: [] };
  for (const sheet of snapshot.sheets) {
    if (isGeneratedSheet(sheet.name) || sheet.visibility === 'veryHidden') continue;
    const { tables, problems } = readSheet(sheet);
    result.tables.push(...tables);
    result.problems.push(...problems);
  }
  return result;
}
